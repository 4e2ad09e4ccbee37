import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DocumentRead, readDocument } from '@/utils/read/index';

export const ANNEXES = join(import.meta.dirname, '../../fixtures/annexes');

/** Reading the 37-page PDF takes 1-3 s on a busy 2-core machine. */
export const READ_TIMEOUT = 60_000;

export function annex(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(ANNEXES, name)));
}

const reads = new Map<string, Promise<DocumentRead>>();
/** Each fixture read once per test file. */
export function readAnnex(name: string): Promise<DocumentRead> {
  let read = reads.get(name);
  if (!read) {
    read = readDocument(annex(name), { name });
    reads.set(name, read);
  }
  return read;
}
