import type { Requirement } from '../schema/call';
import { inlineParts, inlinePartsStart } from './facets/experience';
import { facetsOf } from './facets/index';
import { bullet, clean, keywords, type Line } from './text';

export interface Item {
  text: string;
  line: number;
  sub: boolean;
}

const CONNECTOR = /^(?:AND|OR)$/;

/**
 * Bullets of a section. A line without a bullet continues the previous item (a bullet split over
 * lines, such as "... e.g. Bachelor's" / "Degree OR ..."); a lone "AND" or "- AND" is a connector.
 * A lone "OR" makes the next bullet an alternative of the previous one: one requirement, met by
 * either ("university studies …; OR Successful completion of a full secondary education …").
 * Bullets after an "out of which:" line are its parts: indented in the annex, but page text may
 * have lost the indentation, so when no bullet of the section is indented they count as parts too.
 */
export function items(lines: Line[]): Item[] {
  const out: Item[] = [];
  // Each item's pieces, cleaned together once it is complete: cleaning the text so far again for
  // every line joined to it takes time quadratic in an item of many lines.
  const pieces: string[][] = [];
  let alternative = false;
  for (const line of lines) {
    const b = bullet(line.text);
    const connector = CONNECTOR.exec(clean(b ? b.text : line.text));
    if (connector) {
      alternative = connector[0] === 'OR' && out.length > 0;
      continue;
    }
    const text = clean(line.text);
    const last = pieces.at(-1);
    if (b && alternative && last) last.push('OR', b.text);
    else if (b) {
      out.push({ text: '', line: line.n, sub: b.sub });
      pieces.push([b.text]);
    } else if (last) last.push(text);
    else {
      out.push({ text: '', line: line.n, sub: false });
      pieces.push([text]);
    }
    if (b) alternative = false;
  }
  out.forEach((item, i) => {
    item.text = clean(pieces[i]!.join(' ')).replace(/;?\s+AND$/, ';');
  });
  if (!out.some((item) => item.sub)) {
    let parts = false;
    for (const item of out) {
      if (parts) item.sub = true;
      else parts = /\b(?:out of which|including):$/i.test(item.text);
    }
  }
  return out.filter((item) => item.text !== '');
}

function requirement(
  id: string,
  text: string,
  importance: Requirement['importance'],
  section: string,
  callWide: boolean,
  parentId: string | undefined,
): Requirement {
  const facets = facetsOf(text, { part: parentId !== undefined, missionLanguage: true });
  return {
    id,
    text,
    importance,
    section,
    callWide,
    ...(parentId ? { parentId } : {}),
    facets,
    keywords: facets.length ? [] : keywords(text),
  };
}

/**
 * One requirement per bullet, id "<prefix>-<bullet index in section>". Indented bullets under an
 * "out of which" line get its id as parentId; an inline "out of which a minimum of 2 years at
 * management level" becomes sub-requirements "<parent id>.1", "<parent id>.2".
 */
export function requirementsOf(
  list: Item[],
  idPrefix: string,
  section: string,
  importance: Requirement['importance'],
): Requirement[] {
  const out: Requirement[] = [];
  let parent: string | undefined;
  list.forEach((item, i) => {
    const id = `${idPrefix}-${i + 1}`;
    const parentId = item.sub ? parent : undefined;
    if (!item.sub) parent = id;
    out.push(requirement(id, item.text, importance, section, false, parentId));
    if (parentId) return;
    const start = inlinePartsStart(item.text);
    if (start === null) return;
    inlineParts(item.text.slice(start)).forEach((part, k) => {
      out.push(requirement(`${id}.${k + 1}`, part, importance, section, false, id));
    });
  });
  return out;
}
