import { describe, expect, it } from 'vitest';
import { blockText } from '@/utils/detect/text';

describe('blockText on a page of many inline elements', () => {
  it('keeps a run of 120,000 spaces (one per element) inside a line, as the page shows it', () => {
    // Each element's text node gives one space; a tab-less line of them made the line tidying
    // (/ *\t */, / +$/) try again from every space: quadratic, minutes in the content script.
    const doc = new DOMParser().parseFromString('<article></article>', 'text/html');
    const article = doc.querySelector('article')!;
    article.append('a');
    let node: Element = article;
    for (let i = 0; i < 120_000; i++) {
      node.append(' ');
      const child = doc.createElement('i');
      node.appendChild(child);
      node = child;
    }
    node.append('b');
    expect(blockText(article)).toBe(`a${' '.repeat(120_000)}b`);
  });
});
