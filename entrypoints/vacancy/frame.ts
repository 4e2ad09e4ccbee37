import { extensionApi } from './api';

/** Where the sidebar extension page is placed on the vacancy page, expanded and collapsed. */
const GEOMETRY = {
  expanded: { top: '0', width: 'min(400px, 100vw)', height: '100vh' },
  // The tab (vertical text, one line) fits in this box; the frame draws it at the box's top right.
  collapsed: { top: '40%', width: '44px', height: '200px' },
} as const;

const HOST_STYLE = {
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

  /** Hidden until setCollapsed gives it a size: the frame's document starts loading at once. */
  constructor() {
    this.root = this.host.attachShadow({ mode: 'closed' });
    // Inline and important: the page's own style sheets cannot hide, move or cover the frame.
    for (const [name, value] of Object.entries({ ...HOST_STYLE, ...GEOMETRY.expanded })) {
      this.host.style.setProperty(name, value, 'important');
    }
    this.host.style.setProperty('visibility', 'hidden', 'important');
    this.frame = this.createFrame();
    document.documentElement.append(this.host);
  }

  setCollapsed(collapsed: boolean): void {
    const geometry = GEOMETRY[collapsed ? 'collapsed' : 'expanded'];
    for (const [name, value] of Object.entries({ ...geometry, visibility: 'visible' })) {
      this.host.style.setProperty(name, value, 'important');
    }
  }

  remove(): void {
    this.host.remove();
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
