import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
// @ts-expect-error -- pdf.js ships its worker module without types (it is only handed to pdf.js)
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { DocumentReadError } from './errors';
import { type GlyphRun, layoutPdfText, type PdfPageContent, type Rule } from './pdf-layout';

/*
 * pdf.js runs its "worker" in this thread: a service worker can neither import() a module at run
 * time nor start a nested Worker, and pdf.js takes a worker that is already loaded from
 * globalThis.pdfjsWorker. No fonts are loaded and no code is evaluated; nothing is fetched.
 */
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= pdfjsWorker;

type Matrix = [number, number, number, number, number, number];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

const PAINT = new Set<number>([
  pdfjs.OPS.stroke,
  pdfjs.OPS.closeStroke,
  pdfjs.OPS.fill,
  pdfjs.OPS.eoFill,
  pdfjs.OPS.fillStroke,
  pdfjs.OPS.eoFillStroke,
  pdfjs.OPS.closeFillStroke,
  pdfjs.OPS.closeEOFillStroke,
]);
const IMAGES = new Set<number>([
  pdfjs.OPS.paintImageXObject,
  pdfjs.OPS.paintInlineImageXObject,
  pdfjs.OPS.paintImageMaskXObject,
  pdfjs.OPS.paintImageXObjectRepeat,
]);

/** Thin painted paths (table borders) and whether the page paints images. */
function rulesOf(ops: { fnArray: number[]; argsArray: unknown[] }): { rules: Rule[]; images: boolean } {
  const rules: Rule[] = [];
  let images = false;
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]!;
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === pdfjs.OPS.save) stack.push(ctm);
    else if (fn === pdfjs.OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === pdfjs.OPS.transform && args) ctm = multiply(ctm, args as Matrix);
    else if (IMAGES.has(fn)) images = true;
    else if (fn === pdfjs.OPS.constructPath && args && PAINT.has(args[0] as number)) {
      const box = args[2] as ArrayLike<number> | null;
      if (!box || box.length < 4) continue;
      const [x1, y1] = apply(ctm, box[0]!, box[1]!);
      const [x2, y2] = apply(ctm, box[2]!, box[3]!);
      if (Math.min(Math.abs(x2 - x1), Math.abs(y2 - y1)) <= 2.5) rules.push({ x1, y1, x2, y2 });
    }
  }
  return { rules, images };
}

/** The text of a PDF as source text; throws DocumentReadError when it has no (complete) text layer. */
export async function readPdf(bytes: Uint8Array): Promise<string> {
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    stopAtErrors: true,
    verbosity: 0,
  });
  try {
    let doc: Awaited<typeof task.promise>;
    try {
      doc = await task.promise;
    } catch (error) {
      const name = (error as { name?: string } | null)?.name;
      if (name === 'PasswordException')
        throw new DocumentReadError(
          'it is password-protected; save a copy without the password and try that',
        );
      throw new DocumentReadError(`it is not a readable PDF (${(error as Error)?.message ?? String(error)})`);
    }
    const pages: PdfPageContent[] = [];
    const imageOnly: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [content, ops] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
      const runs: GlyphRun[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a, b, , , x, y] = item.transform as number[];
        runs.push({ str: item.str, x: x!, y: y!, width: item.width, size: Math.hypot(a!, b!) });
      }
      const { rules, images } = rulesOf(ops);
      if (images && !runs.some((r) => r.str.trim() !== '')) imageOnly.push(n);
      pages.push({ runs, rules });
      page.cleanup();
    }
    const text = layoutPdfText(pages);
    if (text.trim() === '')
      throw new DocumentReadError('it has no text layer (a scanned document?), so there is no text to read');
    if (imageOnly.length)
      throw new DocumentReadError(
        `page${imageOnly.length > 1 ? 's' : ''} ${imageOnly.join(', ')} ${imageOnly.length > 1 ? 'have' : 'has'} no text layer (scanned?), so it cannot be read whole`,
      );
    return text;
  } finally {
    await task.destroy();
  }
}
