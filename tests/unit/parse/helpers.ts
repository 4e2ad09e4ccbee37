import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Call, Position, Requirement } from '@/utils/schema/call';

export const ROOT = join(import.meta.dirname, '../../..');

export function source(name: string): string {
  return readFileSync(join(ROOT, 'data', 'sources', name), 'utf8');
}

export function ownItems(position: Position): Requirement[] {
  return position.requirements.status === 'published'
    ? position.requirements.items.filter((r) => !r.callWide)
    : [];
}

export function byRef(call: Call, ref: string): Position {
  const position = call.positions.find((p) => p.ref === ref);
  if (!position) throw new Error(`no ${ref}`);
  return position;
}
