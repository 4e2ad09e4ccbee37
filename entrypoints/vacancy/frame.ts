import { extensionApi } from './api';

/** Where the sidebar extension page is placed on the vacancy page, expanded and collapsed. */
const GEOMETRY = {
  expanded: { top: '0', width: 'min(400px, 100vw)', height: '100vh' },
  // The tab (vertical text, one line) fits in this box; the frame draws it at the box's top right.
  collapsed: { top: '40%', width: '44px', height: '200px' },
} as const;

/** A page that keeps undoing the frame's place wins after this many restorations, without a loop. */
const MAX_RESTORES = 20;

const HOST_STYLE = {
  // First: every other property inline and important too, so no style sheet of the page reaches
  // the host (translate, scale, zoom, mask, content-visibility, max-height…).
  all: 'initial',
  display: 'block',
  position: 'fixed',
  right: '0',
  bottom: 'auto',
  left: 'auto',
  margin: '0',
  padding: '0',
  border: '0',
  'z-index': '2147483647',
  opacity: '1',
  transform: 'none',
  filter: 'none',
  'clip-path': 'none',
  'pointer-events': 'auto',
};

/**
 * The only thing the extension adds to a vacancy page: a plain element (no custom element name,
 * so a page cannot define it first and reach inside through attachInternals) holding a closed
 * shadow root with an iframe of the extension's sidebar page. Everything profile-derived is drawn
 * inside that extension-origin frame, out of reach of the page's scripts, selection and key
 * listeners; the page sees an element of a fixed size and nothing else.
 */
export class SidebarFrame {
  private readonly host = document.createElement('div');
  private readonly root: ShadowRoot;
  private frame: HTMLIFrameElement;
  /** Watches, from the content script's world (invisible to the page), that the host stays put. */
  private readonly keeper = new MutationObserver(() => this.keep());
  private style = '';
  private restores = 0;

  /** Hidden until setCollapsed gives it a size: the frame's document starts loading at once. */
  constructor() {
    this.root = this.host.attachShadow({ mode: 'closed' });
    // Inline and important: the page's own style sheets cannot hide, move or cover the frame.
    for (const [name, value] of Object.entries({ ...HOST_STYLE, ...GEOMETRY.expanded })) {
      this.host.style.setProperty(name, value, 'important');
    }
    this.host.style.setProperty('visibility', 'hidden', 'important');
    this.frame = this.createFrame();
    this.style = this.host.getAttribute('style') ?? '';
    this.place();
  }

  setCollapsed(collapsed: boolean): void {
    const geometry = GEOMETRY[collapsed ? 'collapsed' : 'expanded'];
    for (const [name, value] of Object.entries({ ...geometry, visibility: 'visible' })) {
      this.host.style.setProperty(name, value, 'important');
    }
    this.style = this.host.getAttribute('style') ?? '';
  }

  remove(): void {
    this.keeper.disconnect();
    this.host.remove();
  }

  /** Appends the host to <html> and watches it there (and a new <html> after document.open). */
  private place(): void {
    this.keeper.disconnect();
    document.documentElement.append(this.host);
    this.keeper.observe(document, { childList: true });
    this.keeper.observe(document.documentElement, { childList: true });
    this.keeper.observe(this.host, { attributes: true });
  }

  /**
   * Undoes what a page did to the host: removed or moved it, replaced <html>, or changed its
   * attributes (style, inert, hidden, popover, class…). A frame taken out of the document is
   * gone with its document, so a new one is loaded.
   */
  private keep(): void {
    const html = document.documentElement;
    // document.open() empties the document; the host goes into the <html> written next.
    if (!html) return;
    const attributes = this.host.getAttributeNames();
    const placed = this.host.parentNode === html;
    if (placed && attributes.length === 1 && this.host.getAttribute('style') === this.style) return;
    if (++this.restores > MAX_RESTORES) {
      this.remove();
      return;
    }
    for (const name of attributes) if (name !== 'style') this.host.removeAttribute(name);
    this.host.setAttribute('style', this.style);
    if (!placed) {
      // Moving an iframe reloads it, and the page may have navigated it meanwhile: a new one.
      this.replaceFrame();
      this.place();
    }
    // Our own changes are recorded too: drop them, or the next page change looks like one more.
    this.keeper.takeRecords();
  }

  private createFrame(): HTMLIFrameElement {
    const frame = document.createElement('iframe');
    frame.title = 'Vacancy Fit';
    frame.src = extensionApi().runtime.getURL('/sidebar.html');
    for (const [name, value] of Object.entries({
      display: 'block',
      width: '100%',
      height: '100%',
      border: '0',
      background: 'transparent',
      // Same scheme as the frame's document, or the browser paints an opaque backdrop behind it.
      'color-scheme': 'light dark',
    })) {
      frame.style.setProperty(name, value);
    }
    let loads = 0;
    frame.addEventListener('load', () => {
      // The page may navigate a child frame it does not own; a second load means it did.
      if (++loads > 1) this.replaceFrame();
    });
    this.root.append(frame);
    return frame;
  }

  private replaceFrame(): void {
    this.frame.remove();
    this.frame = this.createFrame();
  }
}
