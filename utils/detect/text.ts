/** Collapses runs of whitespace (including non-breaking spaces) to single spaces. */
export function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The page's main heading, falling back to the document title. */
export function pageTitle(doc: Document): string {
  const heading = doc.querySelector('h1');
  return normaliseSpace(heading?.textContent || doc.title || '');
}
