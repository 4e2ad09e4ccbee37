/** Where a source text came from: its file under data/sources/ and the name it was published as. */
export interface SourceName {
  file: string;
  originalName: string;
}
