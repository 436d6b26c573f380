import { execFileSync } from 'node:child_process';

/** The end-to-end tests run dist/ as GitHub does; build it from the current sources first. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
