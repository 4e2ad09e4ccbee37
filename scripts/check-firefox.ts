import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export function firefoxPath(): string {
  return process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = firefoxPath();
  if (!existsSync(path)) {
    console.error(
      [
        `Firefox not found at ${path}: the Firefox end-to-end tests need a real Firefox (ESR 140 or later) and are never skipped.`,
        'Install it with:',
        '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y firefox-esr',
        '  Elsewhere:      set FIREFOX_PATH to a Firefox binary, e.g.',
        '                  FIREFOX_PATH="/Applications/Firefox.app/Contents/MacOS/firefox" npm test',
      ].join('\n'),
    );
    process.exit(1);
  }
}
