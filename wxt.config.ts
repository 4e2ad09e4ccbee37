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
    resolve: {
      alias: [{ find: /^zod$/, replacement: resolve(import.meta.dirname, 'shims/zod-jitless.ts') }],
    },
  }),
});
