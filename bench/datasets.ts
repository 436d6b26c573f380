// The generated repositories the benchmark runs on, made once and cached
// in bench/.data: a set per size and variant, the frontmatter extracted for
// ajv-cli, a git repository with one changed file, and a folder of one.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { generate, type Variant } from './generate';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const DATA = path.join(ROOT, 'bench', '.data');

/**
 * markdownlint-cli2's defaults, less the two rules every prose-in-frontmatter
 * repository turns off: line length (paragraphs are one line each) and
 * "frontmatter title plus a # heading is two titles" (the template starts
 * with # Summary). With them on, every file fails and the run mostly prints.
 */
const MARKDOWNLINT_CONFIG = { config: { default: true, MD013: false, MD025: { front_matter_title: '' } } };

export function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) markdownFiles(full, out);
    else if (entry.name.endsWith('.md')) out.push(full);
  }
  return out;
}

/**
 * ajv-cli reads data files, so each file's frontmatter goes to
 * frontmatter/<year>/<id>.yaml beside incidents/, once. ajv-cli 5 parses YAML
 * with js-yaml 3's default schema, which turns unquoted timestamps into Date
 * objects that fail `type: string`; so the frontmatter is parsed with the
 * CORE schema (as we do) and dumped again, which quotes timestamps.
 */
function extractFrontmatter(dir: string): void {
  const out = path.join(dir, 'frontmatter');
  const marker = path.join(out, '.complete');
  if (existsSync(marker)) return;
  rmSync(out, { recursive: true, force: true });
  const incidents = path.join(dir, 'incidents');
  for (const file of markdownFiles(incidents)) {
    const text = readFileSync(file, 'utf8');
    const data = yaml.load(text.slice(4, text.indexOf('\n---', 4)), { schema: yaml.CORE_SCHEMA });
    const target = path.join(out, path.relative(incidents, file).replace(/\.md$/, '.yaml'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, yaml.dump(data, { lineWidth: -1 }));
  }
  writeFileSync(marker, '');
}

/** `count` generated incidents of a variant; the clean ones also as extracted frontmatter for ajv-cli. */
export function dataset(count: number, variant: Variant): string {
  const dir = generate(path.join(DATA, `${count}-${variant}`), count, variant);
  if (variant === 'clean') extractFrontmatter(dir);
  writeFileSync(path.join(dir, '.markdownlint-cli2.jsonc'), `${JSON.stringify(MARKDOWNLINT_CONFIG, null, 2)}\n`);
  return dir;
}

/** A middle file of the set, relative to `dir`, and its extracted frontmatter. */
export function oneFile(dir: string): { markdown: string; frontmatter: string } {
  const files = markdownFiles(path.join(dir, 'incidents')).sort();
  const markdown = path.relative(dir, files[Math.floor(files.length / 2)]!);
  return { markdown, frontmatter: markdown.replace(/^incidents/, 'frontmatter').replace(/\.md$/, '.yaml') };
}

/**
 * A folder holding one incident (one that names no other, so it is valid
 * alone) and the config: start-up cost alone, with no repository to read.
 */
export function soloFolder(big: string): { dir: string; markdown: string } {
  const dir = path.join(DATA, 'solo');
  const file = markdownFiles(path.join(big, 'incidents'))
    .sort()
    .find((f) => !/^(?:repeat_of|related):/m.test(readFileSync(f, 'utf8')));
  if (!file) throw new Error('no incident without references in the generated set');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'incidents'), { recursive: true });
  copyFileSync(file, path.join(dir, 'incidents', path.basename(file)));
  copyFileSync(path.join(big, '.incidents.yml'), path.join(dir, '.incidents.yml'));
  return { dir, markdown: path.join('incidents', path.basename(file)) };
}

function git(dir: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', ...args],
    { cwd: dir, stdio: 'pipe', encoding: 'utf8', maxBuffer: 1 << 30 },
  );
}

/**
 * A git repository of `count` clean generated incidents: one commit of them
 * all (tagged bench-base), then one commit that changes one file's body.
 * Made once; validate --changed-since bench-base then has one changed file.
 */
export function gitRepository(count: number): string {
  const dir = path.join(DATA, `${count}-git`);
  const ready = path.join(dir, '.git', 'bench-ready');
  if (!existsSync(ready)) {
    rmSync(dir, { recursive: true, force: true });
    generate(dir, count, 'clean');
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'generated incidents');
    git(dir, 'tag', 'bench-base');
    const { markdown } = oneFile(dir);
    writeFileSync(
      path.join(dir, markdown),
      `${readFileSync(path.join(dir, markdown), 'utf8')}\nOne more sentence, added in the pull request.\n`,
    );
    git(dir, 'commit', '-q', '-am', 'change one incident');
    writeFileSync(ready, '');
  }
  return dir;
}

/** Removes what validate keeps under .git between runs (the cache of ids), for a cold run. */
export function forgetCache(dir: string): void {
  rmSync(path.join(dir, '.git', 'incidents-as-code'), { recursive: true, force: true });
}
