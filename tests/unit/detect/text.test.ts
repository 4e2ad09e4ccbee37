import { describe, expect, it } from 'vitest';
import lookupIndex from '@/data/lookup.json';
import { detectEeasVacancy } from '@/utils/detect/eeas';
import { blockText, mayContain, pageTitle } from '@/utils/detect/text';
import { createLookup } from '@/utils/lookup';
import type { LookupIndex } from '@/utils/schema/call';

const lookup = createLookup(lookupIndex as LookupIndex);
const NOTICE_URL = new URL('https://www.eeas.europa.eu/eulex-kosovo/vacancy-notice-justice-monitor_en');

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('blockText on hostile pages', () => {
  it('reads a page nested 20,000 elements deep (a recursive walk overflowed the call stack)', () => {
    const doc = page(
      '<article><h1>Vacancy Notice</h1><div id="deep"></div><p>Deadline for applications</p></article>',
    );
    let node = doc.getElementById('deep')!;
    for (let i = 0; i < 20_000; i++) {
      const child = doc.createElement(i % 2 ? 'span' : 'div');
      node.appendChild(child);
      node = child;
    }
    node.textContent = 'the bottom';
    expect(blockText(doc.querySelector('article')!)).toBe(
      'Vacancy Notice\nthe bottom\nDeadline for applications',
    );
  });

  it('lays out blocks, cells and list items in document order', () => {
    const doc = page(
      '<article><h2>Ref.</h2><table><tr><td>EK 60092</td><td>Justice <b>Monitor</b></td></tr></table><ul><li>one</li><li>two <i>2</i></li></ul><script>x()</script>tail</article>',
    );
    expect(blockText(doc.querySelector('article')!)).toBe(
      'Ref.\nEK 60092\tJustice Monitor\n- one\n- two 2\ntail',
    );
  });
});

describe('invisible characters pasted into a notice', () => {
  // Zero-width space, word joiner, zero-width no-break space and soft hyphens inside the
  // reference, the mission name and the call code: the page looks like the plain notice.
  const doc = page(
    '<main><article class="node node--type-vacancy"><h1>Vacancy Notice: Justice Monitor – EULEX\u200b Kosovo (EK\u200b60092)</h1>' +
      '<p>Ref.\u00a0EK\u00a0\u200b60092, as published in the EULEX\u2060 Kosovo 2\u200b-\ufeff2026 Call for Con\u00adtri\u00adbutions.</p>' +
      '<p>Deadline for applications: Thursday, 25\u00a0June\u00a02026, at 17:00 (Brussels time)</p></article></main>',
  );

  it('drops them from the title and the text', () => {
    expect(pageTitle(doc)).toBe('Vacancy Notice: Justice Monitor – EULEX Kosovo (EK60092)');
    const match = detectEeasVacancy(NOTICE_URL, doc)!;
    expect(match.text).toContain(
      'Ref. EK 60092, as published in the EULEX Kosovo 2-2026 Call for Contributions.',
    );
    expect(match.text).not.toMatch(/[\u00ad\u200b-\u200d\u2060\ufeff]/);
  });

  it('so the notice is found in the bundle with its post', () => {
    expect(lookup(NOTICE_URL, detectEeasVacancy(NOTICE_URL, doc)!)).toEqual({
      status: 'found',
      callId: 'eulex-kosovo-2-2026',
      file: 'calls/eulex-kosovo-2-2026.json',
      positionRef: 'EK 60092',
    });
  });
});

describe('the cheap first test before the layout walk', () => {
  const DEADLINE = /deadline\s+for\s+(?:sending\s+)?applications?/i;

  it('accepts whatever the layout walk would accept, including split tags, line breaks and invisible characters', () => {
    for (const html of [
      '<main><p>Deadline for <b>applications</b>: 1 May</p></main>',
      '<main><p>Deadline for\n    applications</p></main>',
      '<main><p>Dead\u00adline&nbsp;for applications</p></main>',
    ]) {
      const main = page(html).querySelector('main')!;
      expect([mayContain(main, DEADLINE), DEADLINE.test(blockText(main))]).toEqual([true, true]);
    }
  });

  it('rejects a page without the phrase, so no walk happens', () => {
    const main = page('<main><p>Vacancies are listed below.</p><p>Apply by 1 May.</p></main>').querySelector(
      'main',
    )!;
    expect(mayContain(main, DEADLINE)).toBe(false);
  });
});

describe('pageTitle', () => {
  it('falls back to the document title when the heading is only whitespace', () => {
    expect(pageTitle(page('<title> EULEX  Kosovo Call </title><h1> \u200b </h1>'))).toBe('EULEX Kosovo Call');
  });
});
