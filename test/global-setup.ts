import { execFileSync } from 'node:child_process';

/**
 * The end-to-end tests run dist/ as GitHub does; build it from the current
 * sources first. CI builds dist/ once, checks it is what the sources build,
 * and says so with IAC_DIST_BUILT=1, so its test runs use that build.
 */
export default function setup(): void {
  if (process.env.IAC_DIST_BUILT === '1') return;
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
