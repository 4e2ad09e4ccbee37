/**
 * Generates a synthetic bundle of many calls (default 5,000 calls × 10 positions) from the real
 * EULEX call, for the scale benchmark: every call gets its own mission, code and references.
 */
import type { Call, LookupIndex } from '../utils/schema/call';

export function syntheticBundle(
  template: Call,
  callCount: number,
  positionsPerCall = 10,
): { calls: Call[]; index: LookupIndex } {
  const calls: Call[] = [];
  for (let c = 0; c < callCount; c++) {
    const mission = `EUSYN ${c}`;
    const callCode = `${(c % 90) + 1}-${2000 + Math.floor(c / 90)}`;
    const id = `eusyn-${c}-${callCode}`;
    const positions = Array.from({ length: positionsPerCall }, (_, p) => {
      const source = template.positions[p % template.positions.length]!;
      const ref = `S${String(c).padStart(4, '0')} ${String(p).padStart(3, '0')}`;
      return { ...source, id: `s${c}-${p}`, ref };
    });
    calls.push({
      ...template,
      id,
      mission,
      callCode,
      title: `${mission} ${callCode} Call for Contributions`,
      positions,
      signals: {
        ...template.signals,
        callCode,
        mission,
        titles: [`${mission} ${callCode} call for contributions`.toLowerCase()],
        refs: positions.map((p) => p.ref!),
      },
    });
  }
  const index: LookupIndex = {
    schemaVersion: 1,
    calls: calls.map((call) => ({
      ...call.signals,
      callId: call.id,
      file: `calls/${call.id}.json`,
      publisher: call.publisher,
      title: call.title,
      positionCount: call.positions.length,
    })),
  };
  return { calls, index };
}
