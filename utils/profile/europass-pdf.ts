import { readPdfAttachments } from '../read/pdf-attachments';
import { type EuropassResult, MAX_EUROPASS_FILE_BYTES, readEuropass } from './europass';

function looksLikeXml(name: string, content: Uint8Array): boolean {
  if (/\.xml$/i.test(name)) return true;
  const head = new TextDecoder()
    .decode(content.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return head.startsWith('<');
}

/**
 * Reads a Europass PDF that carries the CV's XML as an attached file (as the Europass editors
 * export it). Tries every XML attachment; the first Europass CV among them is read.
 */
export async function readEuropassPdf(bytes: Uint8Array): Promise<EuropassResult> {
  if (bytes.length > MAX_EUROPASS_FILE_BYTES) {
    return {
      ok: false,
      errors: [
        {
          path: '',
          message: `The file is too large (${(bytes.length / 1024 / 1024).toFixed(1)} MB); a Europass CV is at most 5 MB.`,
        },
      ],
    };
  }
  const read = await readPdfAttachments(bytes);
  if (!read.ok) return { ok: false, errors: [{ path: '', message: read.error }] };
  const xml = read.attachments.filter((a) => looksLikeXml(a.filename, a.content));
  if (xml.length === 0) {
    const others = read.attachments.map((a) => a.filename);
    return {
      ok: false,
      errors: [
        {
          path: '',
          message: `This PDF has no Europass XML attached${others.length ? ` (its attachments: ${others.join(', ')})` : ''}. Export the CV from the Europass editor as PDF with the XML included, or choose the XML file.`,
        },
      ],
    };
  }
  let first: EuropassResult | null = null;
  for (const attachment of xml) {
    const result = readEuropass(new TextDecoder().decode(attachment.content));
    if (result.ok) return result;
    first ??= {
      ok: false,
      errors: result.errors.map((e) => ({ ...e, message: `${attachment.filename}: ${e.message}` })),
    };
  }
  return first!;
}
