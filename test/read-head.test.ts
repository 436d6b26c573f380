import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readKeys } from '../src/incidents/read/keys';
import { HEAD_BYTES, readFrontmatterBytes, readFrontmatterHead } from '../src/incidents/read/head';

/*
 * Files that are not being validated are read only as far as their
 * frontmatter. Whatever the head cannot settle goes to the full read, so
 * the keys come out the same either way.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), 'iac-head-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const absolute = path.join(dir, name);
  writeFileSync(absolute, content);
  return absolute;
}

const FRONTMATTER = '---\nid: 2026-01-02-a\nrepeat_of: 2025-12-01-b\nrelated: [2025-11-01-c]\n---\n';
const KEYS = { id: '2026-01-02-a', repeat_of: '2025-12-01-b', related: ['2025-11-01-c'] };

describe('reading only the head of a file', () => {
  it('decodes just the YAML between the fences', () => {
    const absolute = file('plain.md', `${FRONTMATTER}\n## Summary\n\n${'text '.repeat(5000)}\n`);
    expect(readFrontmatterHead(absolute)).toEqual({
      yaml: 'id: 2026-01-02-a\nrepeat_of: 2025-12-01-b\nrelated: [2025-11-01-c]\n',
    });
    expect(readKeys(absolute)).toEqual(KEYS);
    expect(readFrontmatterBytes(absolute)).toEqual({ bytes: Buffer.from(FRONTMATTER) });
  });

  it('hands a frontmatter longer than the head to the full read', () => {
    const long = `---\nid: 2026-01-02-long\nsummary: "${'x'.repeat(HEAD_BYTES)}"\n---\nbody\n`;
    const absolute = file('long.md', long);
    expect(readFrontmatterHead(absolute)).toBe('whole-file');
    expect(readKeys(absolute)).toEqual({ id: '2026-01-02-long' });
    expect('bytes' in readFrontmatterBytes(absolute) && readFrontmatterBytes(absolute)).toEqual({
      bytes: Buffer.from(long),
    });
  });

  it('reads CRLF line ends, a byte-order mark, and a closing fence at the very end', () => {
    expect(readKeys(file('crlf.md', FRONTMATTER.replaceAll('\n', '\r\n')))).toEqual(KEYS);
    expect(readKeys(file('bom.md', `\uFEFF${FRONTMATTER}`))).toEqual(KEYS);
    expect(readKeys(file('eof.md', FRONTMATTER.slice(0, -1)))).toEqual(KEYS);
  });

  it('keeps the id of a file whose body is broken, and gives none for a file whose frontmatter is', () => {
    expect(readKeys(file('nul-body.md', Buffer.concat([Buffer.from(FRONTMATTER), Buffer.from([0, 1, 2])])))).toEqual(
      KEYS,
    );
    expect(readKeys(file('nul-yaml.md', Buffer.from(FRONTMATTER.replace('a\n', 'a\0\n'))))).toBeUndefined();
    expect(
      readKeys(
        file(
          'latin1-yaml.md',
          Buffer.concat([Buffer.from('---\nid: caf'), Buffer.from([0xe9]), Buffer.from('\n---\n')]),
        ),
      ),
    ).toBeUndefined();
    expect(readKeys(file('unclosed.md', '---\nid: 2026-01-02-a\n'))).toBeUndefined();
    expect(readKeys(file('none.md', '# Just Markdown\n'))).toBeUndefined();
  });
});
