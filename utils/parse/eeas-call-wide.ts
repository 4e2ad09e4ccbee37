import type { Requirement } from '../schema/call';
import { SourceParseError } from './errors';
import { facetsOf } from './facets/index';
import { clean, keywords, type Line } from './text';

/** Call-wide conditions and requirements: "Label – text" paragraphs, continued by plain paragraphs. */
export function callWideRequirements(lines: Line[], callId: string, file: string, fallbackLine: number) {
  const paragraphs: { text: string; key: string; section: string; importance: Requirement['importance'] }[] =
    [];
  let section: { title: string; key: string; importance: Requirement['importance'] } | null = null;
  let essentialHeading: Line | undefined;
  for (const line of lines) {
    const text = clean(line.text);
    if (/^I\.\s+GENERAL CONDITIONS/i.test(text)) section = { title: text, key: 'i', importance: 'essential' };
    else if (/^II\.A\b/i.test(text)) {
      section = { title: text, key: 'ii-a', importance: 'essential' };
      essentialHeading = line;
    } else if (/^II\.B\b/i.test(text)) section = { title: text, key: 'ii-b', importance: 'desirable' };
    else if (/^(?:II|III|IV|V|VI)\.\s/.test(text)) section = null;
    else if (section) {
      const labelled = /^([A-Z][^–]{2,80}?)\s+[–-]\s+\S/.test(text);
      const last = paragraphs.at(-1);
      if (labelled)
        paragraphs.push({ text, key: section.key, section: section.title, importance: section.importance });
      else if (/^(?:Serious deficiencies|The following are)/i.test(text) || text.length < 40) continue;
      else if (last && last.key === section.key) last.text += ` ${text}`;
    }
  }
  const counters = new Map<string, number>();
  const out = paragraphs.map((p): Requirement => {
    const n = (counters.get(p.key) ?? 0) + 1;
    counters.set(p.key, n);
    const facets = /^Citizenship/i.test(p.text)
      ? [{ kind: 'citizenship' as const, openToContributingThirdStates: /third state/i.test(p.text) }]
      : // The call-wide education paragraph only points to the job descriptions' levels.
        facetsOf(p.text, { part: false, missionLanguage: true }).filter((f) => f.kind !== 'education');
    return {
      id: `${callId}:call:${p.key}-${n}`,
      text: p.text,
      importance: p.importance,
      section: p.section,
      callWide: true,
      facets,
      keywords: facets.length ? [] : keywords(p.text),
    };
  });
  if (!out.some((r) => r.importance === 'essential' && r.id.includes(':ii-a-'))) {
    throw new SourceParseError(
      file,
      essentialHeading?.n ?? fallbackLine,
      'call-wide essential requirements ("II.A Essential requirements" and its "Label – text" paragraphs)',
    );
  }
  return out;
}
