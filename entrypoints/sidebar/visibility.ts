/** How long the frame must have been fully visible before a click in it counts. */
export const TRUSTED_AFTER_MS = 500;

type VisibilityEntry = IntersectionObserverEntry & { isVisible?: boolean };

/**
 * Clickjacking guard, as password managers use for their inline menus. The page cannot read this
 * frame, but it can draw over it (a transparent overlay, a popover, a modal dialog, fullscreen) or
 * fade, clip or move it, and lure the user into clicking where a button of the sidebar is.
 * IntersectionObserver v2 (trackVisibility) tells this frame whether anything covers it or changes
 * how it looks; an action counts only after the frame has been fully visible for TRUSTED_AFTER_MS.
 * Browsers without it (Firefox) report no `isVisible`, and every action counts there.
 *
 * The state is written on the frame's <html> as data-input="trusted" / "ignored" (for the tests;
 * the embedding page cannot read this document).
 */
export class VisibilityGuard {
  private visibleSince: number | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly supported = 'isVisible' in IntersectionObserverEntry.prototype;

  constructor(target: Element) {
    if (!this.supported) {
      this.mark(true);
      return;
    }
    this.mark(false);
    const observer = new IntersectionObserver((entries) => this.update(entries.at(-1) as VisibilityEntry), {
      threshold: [0, 1],
      trackVisibility: true,
      delay: 100,
    } as IntersectionObserverInit);
    observer.observe(target);
  }

  /** Whether a user action now is one the user could see they were taking. */
  trusted(): boolean {
    return (
      !this.supported ||
      (this.visibleSince !== null && performance.now() - this.visibleSince >= TRUSTED_AFTER_MS)
    );
  }

  private update(entry: VisibilityEntry | undefined): void {
    const visible = entry?.isIntersecting === true && entry.isVisible === true;
    clearTimeout(this.timer);
    if (!visible) {
      this.visibleSince = null;
      this.mark(false);
      return;
    }
    this.visibleSince ??= performance.now();
    this.timer = setTimeout(() => this.mark(this.trusted()), TRUSTED_AFTER_MS);
  }

  private mark(trusted: boolean): void {
    document.documentElement.dataset.input = trusted ? 'trusted' : 'ignored';
  }
}
