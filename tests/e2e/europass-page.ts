import type { Page } from 'playwright-core';

/** The "Start from your Europass CV" part of the options page. */
export class EuropassImportPart {
  constructor(readonly page: Page) {}

  async choose(name: string, buffer: Buffer, mimeType: string): Promise<void> {
    await this.page.locator('#europass-import').setInputFiles({ name, mimeType, buffer });
  }

  review(part: 'changes' | 'suggestions' | 'warnings' | 'to-fill'): Promise<string> {
    return this.page.locator(`[data-part="europass-${part}"]`).innerText();
  }

  async waitForReview(): Promise<string> {
    return this.page.locator('[data-part="europass-review"]').innerText();
  }

  async accept(work: number, tag: string): Promise<void> {
    await this.page.locator(`[data-suggestion="${work}:${tag}"]`).click();
  }

  errors(): Promise<string> {
    return this.page.locator('[data-part="europass-errors"]').innerText();
  }

  saved(): Promise<string> {
    return this.page.locator('[data-part="europass-saved"]').innerText();
  }
}
