/**
 * Why a file's text cannot be a JSON export at all, in words a user can act on; null when it can.
 * The browser reads files as UTF-8, so a UTF-16 file (Windows Notepad's "Unicode") arrives with
 * replacement characters and NULs between its letters.
 */
export function unreadableText(text: string): string | null {
  if (text.trim() === '') return 'The file is empty.';
  if (text.includes('\u0000')) {
    return 'The file is not UTF-8 text (it looks like UTF-16, e.g. saved as "Unicode"); save it as UTF-8 and import it again.';
  }
  return null;
}

/** A leading byte-order mark, which JSON.parse refuses and editors on Windows like to write. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
