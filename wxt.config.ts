import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { PUBLISHER_MATCHES } from './utils/hosts';

export default defineConfig({
  manifest: {
    name: 'Vacancy Fit',
    description:
      'Checks your profile against every requirement of EU external-action and NGO vacancies, on the vacancy page. Nothing leaves your browser.',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: PUBLISHER_MATCHES,
    // entrypoints/vacancy is built as a plain script and declared here, not with WXT's
    // defineContentScript, whose ContentScriptContext raises events the page can see and dispatch.
    content_scripts: [{ matches: PUBLISHER_MATCHES, js: ['vacancy.js'], run_at: 'document_idle' }],
    // The sidebar page, framed on vacancy pages: only it, only for the publisher hosts, and on
    // Chromium only through the per-session dynamic URL, so no page can probe for the extension.
    // WXT turns this into the MV2 list for the Firefox build.
    web_accessible_resources: [
      { resources: ['sidebar.html'], matches: PUBLISHER_MATCHES, use_dynamic_url: true },
    ],
    browser_specific_settings: {
      gecko: {
        id: 'vacancy-fit@vacancyfit.eu',
        // data_collection_permissions needs Firefox 140.
        strict_min_version: '140.0',
        // Nothing is collected or transmitted: the profile never leaves the browser.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  vite: () => ({
    plugins: [preact()],
    // Set by `npm run bench` only. Not `--mode bench`: WXT builds the unlisted vacancy.js without
    // the mode, so import.meta.env.MODE would drop its marks there.
    define: { __BENCH__: JSON.stringify(process.env.VACANCY_FIT_BENCH === '1') },
    resolve: {
      alias: [{ find: /^zod$/, replacement: resolve(import.meta.dirname, 'shims/zod-jitless.ts') }],
    },
  }),
});
