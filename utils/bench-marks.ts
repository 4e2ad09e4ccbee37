declare const __BENCH__: boolean;

/**
 * Performance marks for `npm run bench` only. The bench builds with VACANCY_FIT_BENCH=1 (see
 * wxt.config.ts); in every other build `__BENCH__` is the constant false and the minifier drops
 * the call, so pages never see an entry from the extension.
 */
export function benchMark(name: 'start' | 'detected' | 'exit' | 'painted'): void {
  if (__BENCH__) performance.mark(`vacancy-fit:${name}`);
}
