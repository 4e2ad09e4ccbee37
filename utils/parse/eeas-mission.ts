import { clean } from './text';

/**
 * The mission's short name, e.g. "EULEX Kosovo", "EUBAM Libya", "EUCAP Sahel Mali", "EUPOL COPPS", from the
 * annex title ("... Mission in Kosovo EULEX 2-2026 Call ...") or a page heading ("EULEX Kosovo
 * 2-2026 Call ..."): the acronym before the call code, then the place named after it or, when the
 * title names none, the country the organisation is "in".
 */
export function missionName(title: string, organisation: string): string | null {
  // An acronym is written [A-Z]{3}[A-Z0-9]*, not [A-Z]{3,}[A-Z0-9]*: the same words, but that one can
  // split a long capitalised word in as many ways as it has letters, trying each (cubic in a heading).
  const m =
    /\(?\b([A-Z]{3}[A-Z0-9]*(?:\s+[A-Z]{3}[A-Z0-9]*)?)\b((?:\s+[A-Z][a-z]+){0,3})\)?\s+\d{1,2}-20\d{2}\b/.exec(
      title,
    );
  const country = / in (?:the )?([A-Z][A-Za-z ]+?)\s*$/.exec(organisation)?.[1] ?? '';
  if (!m) return clean(country) || null;
  const place = clean(m[2] ?? '');
  // A second acronym is the mission's own place name: "EUPOL COPPS", "EUAM RCA".
  if (/\s/.test(m[1]!)) return clean(`${m[1]} ${place}`);
  return clean(`${m[1]} ${place || country}`);
}
