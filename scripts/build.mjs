// Bundles the Action (dist/index.js) and the CLI (dist/cli.js). GitHub runs
// dist/index.js without installing anything, so it carries every dependency,
// in one file: the Action gains nothing from chunks. The CLI puts each command
// behind a dynamic import in its own chunk (dist/chunks/): `--version` and a
// one-file validate, what a pre-commit hook pays, start 30-60 ms sooner than
// from one file (bench/startup.mjs). Every file name is fixed by the import
// graph, never by content, so a rebuild commit changes bytes, not names.
// Each entry file is also the entry of its worker thread
// (new Worker(new URL(import.meta.url))), so it keeps its name.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// `node scripts/build.mjs [folder]`: the folder defaults to dist/; the test that the build is
// deterministic (test/dist.test.ts) builds a second time elsewhere, leaving dist/ to the tests using it.
const OUT = process.argv[2] ?? 'dist';
rmSync(OUT, { recursive: true, force: true });

/**
 * The JSON Schema validators, compiled now rather than at every start:
 * src/schema/compiler.ts is run once here (bundled to a scratch
 * file beside node_modules so its packages resolve) for Ajv's standalone
 * code, which then stands in for that module in the bundle.
 */
async function precompiledValidators() {
  const scratch = path.resolve('node_modules/.cache/incidents-build/schema-compiler.mjs');
  mkdirSync(path.dirname(scratch), { recursive: true });
  await build({
    entryPoints: ['src/schema/compiler.ts'],
    outfile: scratch,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
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

/**
 * Stands the precompiled validators in for src/schema/compiler.ts, matched
 * by the file an import resolves to, however the import is written. A
 * build in which no import resolved to it fails: the bundle would carry
 * Ajv's compiler and compile the schemas at every start. One plugin per
 * build, so each bundle is checked on its own.
 */
function precompiled() {
  let swapped = 0;
  return {
    name: 'precompiled-validators',
    setup(esbuild) {
      esbuild.onResolve({ filter: /compiler(\.ts)?$/ }, (args) => {
        const target = path.resolve(args.resolveDir, args.path);
        if (target !== COMPILER && `${target}.ts` !== COMPILER) return undefined;
        swapped++;
        return { path: 'schema-compiler', namespace: 'precompiled' };
      });
      esbuild.onLoad({ filter: /.*/, namespace: 'precompiled' }, () => ({
        contents: validators,
        loader: 'js',
        resolveDir: process.cwd(),
      }));
      esbuild.onEnd(() => {
        if (swapped === 0)
          throw new Error(
            'build: no import resolved to src/schema/compiler.ts, so the precompiled validators were not swapped in',
          );
      });
    },
  };
}

// CommonJS dependencies (ajv, ...) call require(); give every output file one in the ESM bundle.
const REQUIRE =
  "import { createRequire as __iacCreateRequire } from 'node:module'; const require = __iacCreateRequire(import.meta.url);";
const options = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  banner: { js: REQUIRE },
};

const action = await build({
  ...options,
  entryPoints: ['src/action/index.ts'],
  outfile: path.join(OUT, 'index.js'),
  metafile: true,
  plugins: [precompiled()],
});

/**
 * The CLI's output files under names that depend on the import graph
 * alone: esbuild names chunks by a hash of their content, which changes
 * with every edit. A command's chunk is named for its module
 * (chunks/validate.js); a shared chunk for the entries that load it
 * (chunks/review+validate.js: code both review and validate run; `cli` is
 * start-up). esbuild makes one chunk per such set, and a clash fails the
 * build rather than overwrite a file.
 */
function stableNames(metafile, entry) {
  const names = new Map();
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (output.entryPoint === entry) names.set(file, 'cli');
    else if (output.entryPoint) names.set(file, path.basename(output.entryPoint).replace(/\.[^.]*$/, ''));
  }
  const loadedBy = new Map();
  const reach = (file, name) => {
    if (loadedBy.get(file)?.has(name)) return;
    if (!loadedBy.has(file)) loadedBy.set(file, new Set());
    loadedBy.get(file).add(name);
    for (const edge of metafile.outputs[file].imports)
      if (edge.kind === 'import-statement' && !edge.external) reach(edge.path, name);
  };
  for (const [file, name] of names) reach(file, name);
  for (const [file, by] of loadedBy) if (!names.has(file)) names.set(file, [...by].sort().join('+'));
  const taken = new Map();
  for (const [file, name] of names) {
    if (taken.has(name)) throw new Error(`build: ${file} and ${taken.get(name)} would both be named ${name}.js`);
    taken.set(name, file);
  }
  return new Map([...names].map(([file, name]) => [file, name === 'cli' ? 'cli.js' : `chunks/${name}.js`]));
}

const cli = await build({
  ...options,
  entryPoints: ['src/cli/index.ts'],
  outdir: OUT,
  entryNames: 'cli',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  metafile: true,
  write: false,
  plugins: [precompiled()],
});
const renamed = stableNames(cli.metafile, 'src/cli/index.ts');
// Output files import each other as "./chunks/<file>" (from dist/) or "./<file>" (within chunks/), always in
// double quotes; the files stay in their folders, so swapping the file name in those specifiers is enough.
const byBase = new Map([...renamed].map(([file, stable]) => [path.basename(file), path.basename(stable)]));
const specifier = new RegExp(
  `"\\./(chunks/)?(${[...byBase.keys()].map((name) => name.replace(/[.+]/g, '\\$&')).join('|')})"`,
  'g',
);
for (const output of cli.outputFiles) {
  const stable = renamed.get(path.relative(process.cwd(), output.path).split(path.sep).join('/'));
  const text = output.text.replace(specifier, (_, folder = '', name) => `"./${folder}${byBase.get(name)}"`);
  const file = path.join(OUT, stable);
  mkdirSync(path.dirname(file), { recursive: true });
  // The CLI is run as a program (package.json "bin"): it needs the #! line, and only it.
  if (stable === 'cli.js') writeFileSync(file, `#!/usr/bin/env node\n${text}`, { mode: 0o755 });
  else writeFileSync(file, text);
}

/**
 * The licenses of the packages the bundles carry, beside them: the bundles
 * are the package (nothing is installed with it), so their notices must
 * ship with them. Every package folder any input came from, by name and
 * version, with its license file (or, for the few that ship none, the
 * license its package.json names).
 */
function bundledPackages(...metafiles) {
  const folders = new Set();
  for (const metafile of metafiles)
    for (const input of Object.keys(metafile.inputs)) {
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (match) folders.add(match[1]);
    }
  return [...folders]
    .map((folder) => {
      const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'));
      const file = readdirSync(folder).find((name) => /^(licen[cs]e|copying)(\.|-|$)/i.test(name));
      const license = typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? 'UNKNOWN');
      const text =
        file && existsSync(path.join(folder, file)) ? readFileSync(path.join(folder, file), 'utf8').trim() : undefined;
      return { name: manifest.name, version: manifest.version, license, text };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1));
}

// The markdownlint rule module (package export incidents-as-code/markdownlint): editors load it in their own
// process, so it is one file like the Action.
const markdownlint = await build({
  ...options,
  entryPoints: ['src/editor/markdownlint.ts'],
  outfile: path.join(OUT, 'markdownlint.js'),
  metafile: true,
  plugins: [precompiled()],
});

const packages = bundledPackages(action.metafile, cli.metafile, markdownlint.metafile);
const notices = [
  'Third-party software in dist/',
  '',
  `dist/index.js (the Action), dist/cli.js with dist/chunks/ (the CLI) and dist/markdownlint.js bundle the ${packages.length}`,
  'packages below. Each is listed',
  'with its version and license, followed by the license text it ships.',
  '',
  ...packages.map((p) => `- ${p.name}@${p.version}: ${p.license}`),
  ...packages.flatMap((p) => [
    '',
    '-'.repeat(72),
    `${p.name}@${p.version} (${p.license})`,
    '-'.repeat(72),
    '',
    p.text ?? `This package ships no license file; its package.json names the ${p.license} license.`,
  ]),
  '',
].join('\n');
writeFileSync(path.join(OUT, 'THIRD-PARTY-LICENSES.txt'), notices);
