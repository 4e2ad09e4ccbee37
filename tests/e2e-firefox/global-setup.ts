import type { TestProject } from 'vitest/node';
import { type FirefoxProcess, startFirefox } from './launch';

declare module 'vitest' {
  export interface ProvidedContext {
    firefox: FirefoxProcess;
  }
}

/** One Firefox for the whole suite: its start-up is most of a session's cost on this machine. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { stop, ...firefox } = await startFirefox();
  project.provide('firefox', firefox);
  return stop;
}
