export type Site = 'eeas' | 'isd' | 'cilc';

/** What a detector found on a page: enough to look the vacancy up in the bundle. */
export interface PageMatch {
  site: Site;
  /** Page title as shown (heading or document title), whitespace-normalised. */
  title: string;
  /** Main text of the vacancy article, for reference/call-code lookup and inline annex parsing. */
  text: string;
  /** The annex document (PDF/Word) the page links on its own host, read by the background. */
  annexUrl?: string | null;
}

/** Pure: inputs default to the live page in the content script, tests pass them explicitly. */
export type Detector = (url: URL, doc: Document) => PageMatch | null;
