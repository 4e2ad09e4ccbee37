/** A document that cannot be read as a whole; its message is shown to the user as is. */
export class DocumentReadError extends Error {
  override name = 'DocumentReadError';
}
