/** A source text that does not follow its format: where, and what was expected there. */
export class SourceParseError extends Error {
  override readonly name = 'SourceParseError';
  /** 1-based line number of the source text. */
  readonly line: number;
  constructor(
    readonly file: string,
    line: number,
    readonly expected: string,
    readonly detail = '',
  ) {
    const at = Math.max(1, Math.floor(line));
    super(`${file}:${at}: expected ${expected}${detail ? ` (${detail})` : ''}`);
    this.line = at;
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
      1,
      'a text in the supported format',
      error instanceof Error ? error.message : String(error),
    );
  }
}
