// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readEuropass } from '../../../utils/profile/europass';
import { readEuropassPdf } from '../../../utils/profile/europass-pdf';
import { readPdfAttachments } from '../../../utils/read/pdf-attachments';
import { pdfWithAttachments } from '../../fixtures/europass/pdf-with-attachment';
import { cvWith, europassFixture } from './europass-fixtures';

describe('Europass PDF with the XML attached', () => {
  it('lists the embedded files with their exact bytes', async () => {
    const xml = europassFixture('later-version-v3.5.xml');
    const result = await readPdfAttachments(
      pdfWithAttachments([
        { name: 'photo-note.txt', content: 'not a CV' },
        { name: 'Europass-CV.xml', content: xml },
      ]),
    );
    expect(result).toEqual({
      ok: true,
      attachments: [
        { filename: 'Europass-CV.xml', content: new TextEncoder().encode(xml) },
        { filename: 'photo-note.txt', content: new TextEncoder().encode('not a CV') },
      ],
    });
  });

  it.each([
    'lawyer-v3.4.xml',
    'police-officer-v3.4.xml',
    'later-version-v3.5.xml',
    'trial-monitor-candidate.xml',
  ])('%s as a PDF maps to the same import as its XML', async (name) => {
    const xml = europassFixture(name);
    const fromPdf = await readEuropassPdf(pdfWithAttachments([{ name: 'attachment.xml', content: xml }]));
    expect(fromPdf).toEqual(readEuropass(xml));
    expect(fromPdf.ok).toBe(true);
  });

  it('skips XML attachments that are not a Europass CV', async () => {
    const xml = europassFixture('lawyer-v3.4.xml');
    const fromPdf = await readEuropassPdf(
      pdfWithAttachments([
        { name: 'a-letter.xml', content: cvWith('', 'ECL') },
        { name: 'b-cv.xml', content: xml },
      ]),
    );
    expect(fromPdf).toEqual(readEuropass(xml));
  });

  it('a PDF with no embedded XML, or only other Europass documents, is refused', async () => {
    expect(await readEuropassPdf(pdfWithAttachments([]))).toEqual({
      ok: false,
      errors: [
        {
          path: '',
          message:
            'This PDF has no Europass XML attached. Export the CV from the Europass editor as PDF with the XML included, or choose the XML file.',
        },
      ],
    });
    expect(await readEuropassPdf(pdfWithAttachments([{ name: 'notes.txt', content: 'hello' }]))).toEqual({
      ok: false,
      errors: [
        {
          path: '',
          message:
            'This PDF has no Europass XML attached (its attachments: notes.txt). Export the CV from the Europass editor as PDF with the XML included, or choose the XML file.',
        },
      ],
    });
    expect(
      await readEuropassPdf(pdfWithAttachments([{ name: 'letter.xml', content: cvWith('', 'ECL') }])),
    ).toEqual({
      ok: false,
      errors: [
        {
          path: 'DocumentInfo/DocumentType',
          message:
            'letter.xml: This is a Europass Cover Letter (Europass XML v3, document type ECL), not a CV; choose your Europass CV file.',
        },
      ],
    });
  });

  it('a file that is not a PDF, or larger than 5 MB, is refused', async () => {
    expect(await readEuropassPdf(new TextEncoder().encode('<SkillsPassport/>'))).toEqual({
      ok: false,
      errors: [{ path: '', message: 'The file is not a readable PDF.' }],
    });
    expect(await readEuropassPdf(new Uint8Array(5 * 1024 * 1024 + 1))).toEqual({
      ok: false,
      errors: [{ path: '', message: 'The file is too large (5.0 MB); a Europass CV is at most 5 MB.' }],
    });
  });
});
