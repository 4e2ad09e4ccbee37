// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MAX_DOCUMENT_BYTES, readDocument } from '@/utils/read/index';
import { readSources, SourceReadError } from '../../../scripts/sources';
import { annex, READ_TIMEOUT } from './helpers';

vi.setConfig({ testTimeout: READ_TIMEOUT });

const bytes = (text: string) => new TextEncoder().encode(text);

describe('documents that cannot be read give their reason and no text', () => {
  it.each([
    [
      'scanned-no-text-layer.pdf',
      'Cannot read "scanned-no-text-layer.pdf": it has no text layer (a scanned document?), so there is no text to read.',
    ],
    [
      'partly-scanned.pdf',
      'Cannot read "partly-scanned.pdf": page 2 has no text layer (scanned?), so it cannot be read whole.',
    ],
    [
      'password-protected.pdf',
      'Cannot read "password-protected.pdf": it is password-protected; save a copy without the password and try that.',
    ],
    [
      'corrupt-truncated.docx',
      'Cannot read "corrupt-truncated.docx": its zip archive is damaged (invalid zip data).',
    ],
    [
      'corrupt-truncated.pdf',
      'Cannot read "corrupt-truncated.pdf": it is not a readable PDF (Invalid PDF structure.).',
    ],
    [
      'eulex-kosovo-2-2026-inline.html',
      'Cannot read "eulex-kosovo-2-2026-inline.html": it is not a PDF, a Word (.docx) or a text (.txt) file.',
    ],
  ])('%s', async (file, error) => {
    expect(await readDocument(annex(file), { name: file })).toEqual({ ok: false, error });
  });

  it('a file larger than 20 MB is refused before it is read', async () => {
    const big = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
    big.set(bytes('%PDF-1.7\n'));
    expect(await readDocument(big, { name: 'huge.pdf' })).toEqual({
      ok: false,
      error: 'Cannot read "huge.pdf": it is larger than 20 MB (20.0 MB).',
    });
  });

  it('an old Word .doc, an empty file, a zip that is not a Word file, binary and non-UTF-8 text', async () => {
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await readDocument(doc, { name: 'annex.doc' })).toEqual({
      ok: false,
      error:
        'Cannot read "annex.doc": it is an old Word 97-2003 (.doc) file; save it as .docx or PDF and try that.',
    });
    expect(await readDocument(new Uint8Array(), { name: 'a.txt' })).toEqual({
      ok: false,
      error: 'Cannot read "a.txt": the file is empty.',
    });
    const { zipSync } = await import('fflate');
    expect(await readDocument(zipSync({ 'a.txt': bytes('x') }), { name: 'a.docx' })).toEqual({
      ok: false,
      error: 'Cannot read "a.docx": it is a zip archive without word/document.xml.',
    });
    expect(await readDocument(new Uint8Array([0x41, 0, 0x42]), { name: 'a.txt' })).toEqual({
      ok: false,
      error: 'Cannot read "a.txt": it is not a text file (it holds binary data).',
    });
    expect(await readDocument(new Uint8Array([0x41, 0xe9, 0x42]), { name: 'a.txt' })).toEqual({
      ok: false,
      error: 'Cannot read "a.txt": it is not UTF-8 text.',
    });
  });

  it('text files are read as UTF-8 (a BOM dropped) or UTF-16 with its BOM', async () => {
    expect(await readDocument(bytes('\ufeffAnnex 1\n'), { name: 'a.txt' })).toEqual({
      ok: true,
      kind: 'txt',
      text: 'Annex 1\n',
    });
    const utf16 = new Uint8Array([0xff, 0xfe, 0x41, 0, 0x0a, 0]);
    expect(await readDocument(utf16, { name: 'a.txt' })).toEqual({ ok: true, kind: 'txt', text: 'A\n' });
  });
});

describe('npm run data reads .txt, .pdf and .docx sources', () => {
  const dataDir = (files: Record<string, Uint8Array>) => {
    const dir = mkdtempSync(join(tmpdir(), 'vf-sources-'));
    mkdirSync(join(dir, 'sources'));
    writeFileSync(join(dir, 'sources', 'ORIGINAL-NAMES.json'), '{"b.pdf": "Annex 1.pdf"}');
    for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, 'sources', name), data);
    return dir;
  };

  it('each as its text, with its original name', async () => {
    const dir = dataDir({
      'a.docx': annex('eulex-kosovo-2-2026-annex1.docx'),
      'b.pdf': annex('eulex-kosovo-2-2026-annex1.pdf'),
      'c.txt': bytes('text\n'),
      'd.html': bytes('<p>not a source</p>'),
    });
    const sources = await readSources(dir);
    expect(sources.map((s) => [s.file, s.originalName, s.text.slice(0, 32)])).toEqual([
      ['a.docx', 'a.docx', 'EUROPEAN EXTERNAL ACTION SERVICE'],
      ['b.pdf', 'Annex 1.pdf', 'EUROPEAN EXTERNAL ACTION SERVICE'],
      ['c.txt', 'c.txt', 'text\n'],
    ]);
  });

  it('an unreadable source stops the build with its file and reason', async () => {
    const dir = dataDir({ 'scan.pdf': annex('scanned-no-text-layer.pdf') });
    const error = await readSources(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceReadError);
    expect((error as Error).message).toBe(
      'data/sources/scan.pdf: it has no text layer (a scanned document?), so there is no text to read.',
    );
  });
});
