import { existsSync } from 'node:fs';
import { chromiumPath } from './browser';

const path = chromiumPath();
if (!existsSync(path)) {
  console.error(
    [
      `Chromium not found at ${path}: the end-to-end tests need a real Chromium and are never skipped.`,
      'Install it with:',
      '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
      '  Elsewhere:      set CHROMIUM_PATH to a Chromium or Chrome binary, e.g.',
      '                  CHROMIUM_PATH="/Applications/Chromium.app/Contents/MacOS/Chromium" npm test',
    ].join('\n'),
  );
  process.exit(1);
}
