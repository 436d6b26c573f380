import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_FILE_BYTES } from '../../src/incidents/limits';
import { FIXTURES } from '../helpers';

/*
 * The bad-input cases too large (or too odd) to commit: each builds its
 * repository in a fresh folder at test time. A case folder under
 * test/fixtures/bad-input names its generator in case.json ("generate").
 */

/** The valid example incident (test/fixtures/validate/valid), without its code-block section. */
const BASE =
  readFileSync(path.join(FIXTURES, 'validate', 'valid', 'incidents', '2026', '2026-02-01-checkout-slow.md'), 'utf8')
    .split('```markdown')[0]!
    .trimEnd() + '\n';
const BASE_FILE = 'incidents/2026-02-01-checkout-slow.md';

/** The valid example with `extra` lines added at the end of its frontmatter. */
function withFields(extra: string): string {
  return BASE.replace('services: [checkout]\n', `services: [checkout]\n${extra}`);
}

function write(repo: string, file: string, content: string | Buffer): void {
  const full = path.join(repo, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, content);
}

/** Nine levels of nine aliases each: 9^9 (387 million) strings once expanded, a few GB. */
function aliasBomb(key: string): string {
  const levels = ['lol0: &l0 "lol"'];
  for (let level = 1; level <= 9; level++)
    levels.push(
      `lol${level}: &l${level} [${Array(9)
        .fill(`*l${level - 1}`)
        .join(', ')}]`,
    );
  return `${levels.join('\n')}\n${key}: *l9\n`;
}

const DEPTH = 10_000;

export const GENERATORS: Readonly<Record<string, (repo: string, outside: string) => void>> = {
  'alias-bomb': (repo) => write(repo, BASE_FILE, withFields(aliasBomb('tags'))),
  'deep-lists': (repo) => write(repo, BASE_FILE, withFields(`tags: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n`)),
  'deep-maps': (repo) => write(repo, BASE_FILE, withFields(`impact: ${'{a: '.repeat(DEPTH)}1${'}'.repeat(DEPTH)}\n`)),
  'deep-block-maps': (repo) => {
    // One space per level keeps 1,000 levels under the size limit (about 500 KB of indentation).
    const lines = Array.from({ length: 1000 }, (_, level) => `${' '.repeat(level + 1)}a${level}:`);
    write(repo, BASE_FILE, withFields(`impact:\n${lines.join('\n')} deep\n`));
  },
  'huge-string': (repo) =>
    write(repo, BASE_FILE, withFields(`impact:\n  summary: "${'x'.repeat(10 * 1024 * 1024)}"\n`)),
  'over-limit': (repo) => {
    const text = `${BASE}\n`;
    write(repo, BASE_FILE, text + 'x'.repeat(MAX_FILE_BYTES + 1 - Buffer.byteLength(text)));
  },
  'symlink-outside': (repo, outside) => {
    write(repo, BASE_FILE, BASE);
    write(outside, 'secret.md', BASE.replace('2026-02-01-checkout-slow', '2026-02-02-secret'));
    symlinkSync(
      path.relative(path.join(repo, 'incidents'), path.join(outside, 'secret.md')),
      path.join(repo, 'incidents', 'linked.md'),
    );
  },
  'symlink-folder': (repo, outside) => {
    write(repo, BASE_FILE, BASE);
    write(outside, 'archive/2026-02-02-secret.md', BASE.replace('2026-02-01-checkout-slow', '2026-02-02-secret'));
    symlinkSync(
      path.relative(path.join(repo, 'incidents'), path.join(outside, 'archive')),
      path.join(repo, 'incidents', 'archive'),
    );
  },
  'directory-named-md': (repo) => {
    write(repo, BASE_FILE, BASE);
    mkdirSync(path.join(repo, 'incidents', '2026-01-01-x.md'), { recursive: true });
  },
  'many-follow-ups': (repo) => {
    const items = Array.from(
      { length: 10_000 },
      (_, i) => `  - id: fix-${i + 1}\n    title: Fix number ${i + 1}\n    owner: "@alice"\n`,
    );
    write(repo, BASE_FILE, withFields(`follow_ups:\n${items.join('')}`));
  },
  'many-bad-follow-ups': (repo) => write(repo, BASE_FILE, withFields(`follow_ups:\n${'  - x\n'.repeat(20_000)}`)),
  'many-services': (repo) =>
    write(repo, BASE_FILE, BASE.replace('services: [checkout]\n', `services:\n${'  - checkout\n'.repeat(5_000)}`)),
  'long-title': (repo) =>
    write(
      repo,
      BASE_FILE,
      BASE.replace(
        'title: Checkout slow for EU customers',
        `title: ${'Checkout slow '.repeat(715).slice(0, 10_000).trim()}`,
      ),
    ),
  'config-alias-bomb': (repo) => {
    write(repo, '.incidents.yml', aliasBomb('x-categories'));
    write(repo, BASE_FILE, BASE);
  },
  'config-too-large': (repo) => {
    write(repo, '.incidents.yml', `# ${'x'.repeat(MAX_FILE_BYTES)}\n`);
    write(repo, BASE_FILE, BASE);
  },
  'config-folder': (repo) => {
    mkdirSync(path.join(repo, '.incidents.yml'), { recursive: true });
    write(repo, BASE_FILE, BASE);
  },
};
