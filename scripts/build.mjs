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
 * src/schema/compiler.ts is run once here (bundled to a scratch
 * file beside node_modules so its packages resolve) for Ajv's standalone
 * code, which then stands in for that module in the bundle.
 */
async function precompiledValidators() {
  const scratch = path.resolve('node_modules/.cache/incidents-build/schema-compiler.mjs');
  mkdirSync(path.dirname(scratch), { recursive: true });
  await build({ entryPoints: ['src/schema/compiler.ts'], outfile: scratch, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
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
const COMPILER = path.resolve('src/schema/compiler.ts');
let swapped = 0;
/**
 * Stands the precompiled validators in for src/schema/compiler.ts, matched
 * by the file an import resolves to, however the import is written. A
 * build in which no import resolved to it fails: the bundle would carry
 * Ajv's compiler and compile the schemas at every start.
 */
const precompiled = {
  name: 'precompiled-validators',
  setup(esbuild) {
    esbuild.onResolve({ filter: /compiler(\.ts)?$/ }, (args) => {
      const target = path.resolve(args.resolveDir, args.path);
      if (target !== COMPILER && `${target}.ts` !== COMPILER) return undefined;
      swapped++;
      return { path: 'schema-compiler', namespace: 'precompiled' };
    });
    esbuild.onLoad({ filter: /.*/, namespace: 'precompiled' }, () => ({ contents: validators, loader: 'js', resolveDir: process.cwd() }));
    esbuild.onEnd(() => {
      if (swapped === 0) throw new Error('build: no import resolved to src/schema/compiler.ts, so the precompiled validators were not swapped in');
    });
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
