import { describe, expect, it } from 'vitest';
import { detectEeasVacancy } from '@/utils/detect/eeas';

const PAGE = new URL('https://www.eeas.europa.eu/eulex-kosovo/eulex-kosovo-7-2026-call-contributions_en');

describe('EEAS detection records the annex a page links on its own host', () => {
  const page = (links: string) => {
    document.body.innerHTML = `<article class="node--type-vacancy"><h1>EULEX Kosovo 7-2026 Call for Contributions</h1>
      <p>Deadline for applications: 25 June 2026</p>${links}</article>`;
    return detectEeasVacancy(PAGE, document)?.annexUrl;
  };
  it('prefers the document that names itself an annex, ignores other hosts and non-documents', () => {
    expect(
      page(`<a href="https://other.example/Annex.pdf">x</a><a href="/files/Privacy.pdf">Privacy</a>
        <a href="/files/call.html">Call</a><a href="/files/EULEX%207-2026%20Annex%201.docx">Annex 1</a>`),
    ).toBe('https://www.eeas.europa.eu/files/EULEX%207-2026%20Annex%201.docx');
    expect(page('<a href="/files/Privacy.pdf">Privacy</a>')).toBe(
      'https://www.eeas.europa.eu/files/Privacy.pdf',
    );
    expect(page('<a href="https://other.example/Annex.pdf">Annex</a>')).toBeNull();
  });
});
