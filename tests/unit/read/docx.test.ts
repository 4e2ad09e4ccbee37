import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readDocx } from '@/utils/read/docx';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (text: string, pPr = '') =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const item = (numId: number, level: number, text: string) =>
  p(text, `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`);
const cell = (inner: string, tcPr = '') => `<w:tc><w:tcPr>${tcPr}</w:tcPr>${inner}</w:tc>`;
const docx = (body: string, parts: Record<string, string> = {}) =>
  zipSync({
    'word/document.xml': new TextEncoder().encode(
      `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
    ),
    ...Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, new TextEncoder().encode(v)])),
  });
const numbering = `<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

describe('Word (.docx) reader', () => {
  it('reads paragraphs as lines, bullets as "- " (deeper levels indented) and numbered items with their numbers', () => {
    const body = [
      p('4. Essential Qualifications and Experience:'),
      item(1, 0, 'A minimum of 6 years, out of which:'),
      item(1, 1, 'A minimum of 2 years at management level;'),
      p('AND'),
      item(1, 0, 'Fluency in English.'),
      item(2, 0, 'Reporting Line:'),
      item(2, 1, 'first'),
      item(2, 1, 'second'),
      item(2, 0, 'Main Tasks:'),
    ].join('');
    expect(readDocx(docx(body, { 'word/numbering.xml': numbering }))).toBe(
      [
        '4. Essential Qualifications and Experience:',
        '- A minimum of 6 years, out of which:',
        '  - A minimum of 2 years at management level;',
        'AND',
        '- Fluency in English.',
        '1. Reporting Line:',
        '  a) first',
        '  b) second',
        '2. Main Tasks:',
        '',
      ].join('\n'),
    );
  });

  it('takes a list from the paragraph style when the paragraph has no numbering of its own', () => {
    const styles = `<w:styles ${W}><w:style w:styleId="ListBullet"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;
    const body = p('Styled bullet', '<w:pStyle w:val="ListBullet"/>');
    expect(readDocx(docx(body, { 'word/numbering.xml': numbering, 'word/styles.xml': styles }))).toBe(
      '- Styled bullet\n',
    );
  });

  it('reads a table row as one line of tab-separated cells, a cell of several paragraphs joined, a vertically merged cell once', () => {
    const row = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
    const body = `<w:tbl>${row(
      cell(p('Job titles/ vacancy notice:'), '<w:vMerge w:val="restart"/>'),
      cell(p('Ref.:')),
      cell(p('Name of the post:')),
    )}${row(cell(p(''), '<w:vMerge/>'), cell(p('EK 60021')), cell(p('Head of Press and') + p('Public Information')))}</w:tbl>`;
    expect(readDocx(docx(body))).toBe(
      'Job titles/ vacancy notice:\tRef.:\tName of the post:\n\tEK 60021\tHead of Press and Public Information\n',
    );
  });

  it('keeps the text of hyperlinks, insertions and tabs, drops deleted text, soft hyphens and field codes', () => {
    const body =
      '<w:p><w:r><w:t>Label:</w:t></w:r><w:r><w:tab/><w:t>value</w:t></w:r>' +
      '<w:hyperlink><w:r><w:t xml:space="preserve"> https://example.eu</w:t></w:r></w:hyperlink>' +
      '<w:del><w:r><w:delText>gone</w:delText></w:r></w:del>' +
      '<w:ins><w:r><w:t xml:space="preserve"> self-dis\u00adcipline</w:t></w:r></w:ins>' +
      '<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:noBreakHyphen/><w:t>x &amp; y</w:t></w:r></w:p>';
    expect(readDocx(docx(body))).toBe('Label:\tvalue https://example.eu self-discipline-x & y\n');
  });
});
