// Bundles the Action (dist/index.js) and the CLI (dist/cli.js). GitHub runs
// dist/index.js without installing anything, so it carries every dependency.
// Code splitting puts each command behind a dynamic import in its own chunk
// (dist/chunks): a one-file validate loads the validator, not Octokit.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

rmSync('dist', { recursive: true, force: true });

/**
 * The JSON Schema validators, compiled now rather than at every start:
 * src/validate/schema-compiler.ts is run once here (bundled to a scratch
 * file beside node_modules so its packages resolve) for Ajv's standalone
 * code, which then stands in for that module in the bundle.
 */
async function precompiledValidators() {
  const scratch = path.resolve('node_modules/.cache/incidents-build/schema-compiler.mjs');
  mkdirSync(path.dirname(scratch), { recursive: true });
  await build({ entryPoints: ['src/validate/schema-compiler.ts'], outfile: scratch, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
  const { standaloneValidators } = await import(pathToFileURL(scratch).href);
  const schema = (name) => JSON.stringify(path.resolve('schemas', `${name}.schema.json`));
  return [
    `import configSchema from ${schema('config')};`,
    `import incidentSchema from ${schema('incident')};`,
    `import reviewSchema from ${schema('review')};`,
    'export const SCHEMAS = { incident: incidentSchema, config: configSchema, review: reviewSchema };',
    (await standaloneValidators()).replace(/^"use strict";/, ''),
    'const validators = { incident, config, review };',
    'export function compileValidators() { return validators; }',
  ].join('\n');
}

const validators = await precompiledValidators();
const precompiled = {
  name: 'precompiled-validators',
  setup(esbuild) {
    esbuild.onResolve({ filter: /\/schema-compiler$/ }, () => ({ path: 'schema-compiler', namespace: 'precompiled' }));
    esbuild.onLoad({ filter: /.*/, namespace: 'precompiled' }, () => ({ contents: validators, loader: 'js', resolveDir: process.cwd() }));
  },
};

await build({
  entryPoints: { index: 'src/action/index.ts', cli: 'src/cli/index.ts' },
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [precompiled],
  // CommonJS dependencies (ajv, ...) call require(); give every output file one in the ESM bundle.
  banner: { js: "import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);" },
});

// The CLI is run as a program (package.json "bin"): it needs the #! line, and only it.
const cli = 'dist/cli.js';
writeFileSync(cli, `#!/usr/bin/env node\n${readFileSync(cli, 'utf8')}`, { mode: 0o755 });
