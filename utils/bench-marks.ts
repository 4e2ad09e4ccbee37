/**
 * Performance marks for `npm run bench` only. The bench builds with `wxt build --mode bench`; in
 * every other build `import.meta.env.MODE` is a different constant and the minifier drops the
 * call, so pages never see an entry from the extension.
 */
export function benchMark(name: 'start' | 'detected' | 'exit' | 'painted'): void {
  if (import.meta.env.MODE === 'bench') performance.mark(`vacancy-fit:${name}`);
}
