import { readDocx } from './docx';
import { DocumentReadError } from './errors';

export { DocumentReadError } from './errors';

/** Larger than any annex (the EULEX PDF is 0.25 MB); a bigger file is refused before reading. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

export type DocumentKind = 'pdf' | 'docx' | 'txt';
export type DocumentRead = { ok: true; text: string; kind: DocumentKind } | { ok: false; error: string };

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  signature.every((b, i) => bytes[at + i] === b);

function kindOf(bytes: Uint8Array, name: string, type: string | undefined): DocumentKind | 'doc' | null {
  // "%PDF-" may follow a little junk; readers accept it within the first kilobyte.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  if (/\.(?:pdf)$/i.test(name) || type === 'application/pdf') return 'pdf';
  if (/\.docx$/i.test(name)) return 'docx';
  if (/\.(?:txt|text)$/i.test(name) || type?.startsWith('text/plain')) return 'txt';
  return null;
}

function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DocumentReadError('it is not UTF-8 text');
  }
  if (text.includes('\u0000')) throw new DocumentReadError('it is not a text file (it holds binary data)');
  return text;
}

/**
 * Reads an annex document (PDF, Word .docx or UTF-8 text) into the source text the parsers read.
 * Never returns part of a document as ok: a file that cannot be read whole is an error that says why.
 */
export async function readDocument(
  bytes: Uint8Array,
  { name, type }: { name: string; type?: string },
): Promise<DocumentRead> {
  const fail = (reason: string): DocumentRead => ({ ok: false, error: `Cannot read "${name}": ${reason}.` });
  if (bytes.byteLength > MAX_DOCUMENT_BYTES)
    return fail(`it is larger than 20 MB (${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB)`);
  if (bytes.byteLength === 0) return fail('the file is empty');
  const kind = kindOf(bytes, name, type);
  if (kind === 'doc')
    return fail('it is an old Word 97-2003 (.doc) file; save it as .docx or PDF and try that');
  if (!kind) return fail('it is not a PDF, a Word (.docx) or a text (.txt) file');
  try {
    let text: string;
    if (kind === 'pdf') {
      // pdf.js is large: loaded only when a PDF is read, so the text and Word paths do not pay for it.
      const { readPdf } = await import('./pdf');
      text = await readPdf(bytes);
    } else if (kind === 'docx') text = readDocx(bytes);
    else text = decodeText(bytes);
    if (text.trim() === '') return fail('it holds no text');
    return { ok: true, text, kind };
  } catch (error) {
    if (error instanceof DocumentReadError) return fail(error.message);
    return fail(`it could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
}
