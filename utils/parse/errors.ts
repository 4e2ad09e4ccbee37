/** A source text that does not follow its format: where, and what was expected there. */
export class SourceParseError extends Error {
  override readonly name = 'SourceParseError';
  constructor(
    readonly file: string,
    /** 1-based line number; 0 when the problem is the file as a whole. */
    readonly line: number,
    readonly expected: string,
    detail = '',
  ) {
    super(`${file}${line > 0 ? `:${line}` : ''}: expected ${expected}${detail ? ` (${detail})` : ''}`);
  }
}

/** Runs a parser so that it throws nothing but SourceParseError. */
export function guarded<T>(file: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof SourceParseError) throw error;
    throw new SourceParseError(
      file,
      0,
      'a text in the supported format',
      error instanceof Error ? error.message : String(error),
    );
  }
}
