/**
 * Every `import … from 'zod'` in the build resolves here (see wxt.config.ts). Extension pages'
 * CSP forbids eval, and zod's probe for it (a caught `new Function`) is still reported as a CSP
 * violation, an error in Firefox's console on every extension page. zod decides when a schema is
 * built, so jitless has to be set before any schema module runs: this module does it first.
 */
import { config } from 'zod/v4';

config({ jitless: true });

export * from 'zod/v4';
export { z } from 'zod/v4';
