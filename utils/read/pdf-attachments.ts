import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
// @ts-expect-error -- pdf.js ships its worker module without types (it is only handed to pdf.js)
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';

// pdf.js takes an already loaded worker from globalThis.pdfjsWorker and runs it in this thread:
// nothing is fetched, no script is started (the same set-up as the PDF text reader).
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= pdfjsWorker;

export interface PdfAttachment {
  /** File name as stored in the PDF, without any path. */
  filename: string;
  content: Uint8Array;
}

export type PdfAttachmentsResult = { ok: true; attachments: PdfAttachment[] } | { ok: false; error: string };

/** Pages whose file-attachment annotations are looked at (the document-level list comes first). */
const MAX_ANNOTATED_PAGES = 20;

interface RawAttachment {
  filename?: unknown;
  content?: unknown;
}

function asAttachment(raw: RawAttachment | undefined): PdfAttachment | null {
  if (!raw || typeof raw.filename !== 'string' || !(raw.content instanceof Uint8Array)) return null;
  return { filename: raw.filename, content: raw.content };
}

/**
 * The files embedded in a PDF: the document's EmbeddedFiles, then file-attachment annotations.
 * Only reads; no script, font or remote resource of the PDF is ever used.
 */
export async function readPdfAttachments(bytes: Uint8Array): Promise<PdfAttachmentsResult> {
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    enableXfa: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === 'PasswordException') {
      return { ok: false, error: 'The PDF is password-protected; it cannot be read.' };
    }
    return { ok: false, error: 'The file is not a readable PDF.' };
  }
  try {
    const found: PdfAttachment[] = [];
    const embedded = ((await doc.getAttachments()) ?? {}) as Record<string, RawAttachment>;
    for (const raw of Object.values(embedded)) {
      const attachment = asAttachment(raw);
      if (attachment) found.push(attachment);
    }
    const pages = Math.min(doc.numPages, MAX_ANNOTATED_PAGES);
    for (let number = 1; number <= pages; number++) {
      const page = await doc.getPage(number);
      const annotations = (await page.getAnnotations()) as {
        annotationType?: number;
        file?: RawAttachment;
      }[];
      for (const annotation of annotations) {
        if (annotation.annotationType !== pdfjs.AnnotationType.FILEATTACHMENT) continue;
        const attachment = asAttachment(annotation.file);
        if (attachment) found.push(attachment);
      }
    }
    return { ok: true, attachments: found };
  } catch {
    return { ok: false, error: 'The PDF is damaged; its attachments could not be read.' };
  } finally {
    await task.destroy();
  }
}
