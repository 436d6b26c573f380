import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generate } from '../bench/generate';
import { validateIncidents } from '../src/app/validate-incidents';
import { PARALLEL_MIN_FILES } from '../src/incidents/load';
import { renderJson } from '../src/report/json';
import { ROOT } from './helpers';

/*
 * A large repository is validated on two threads by the built CLI (the
 * entry file doubles as the worker), each file checked as it is read. The
 * findings must be the ones one thread gives, byte for byte: warnings,
 * errors at their positions, duplicate ids and unknown references found
 * across files the two threads read.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), 'iac-validate-threads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('validate of a large repository on two threads', () => {
  it('gives exactly the findings of one thread', async () => {
    generate(dir, PARALLEL_MIN_FILES + 300, 'real', 11);
    // A duplicate of the first incident's id, sorted last; an unreadable file.
    const first = readdirSync(path.join(dir, 'incidents', '2016'))
      .sort()[0]!
      .replace(/\.md$/, '');
    writeFileSync(
      path.join(dir, 'incidents', '2026', 'zz-duplicate.md'),
      `---\nid: ${first}\ntitle: t\nstatus: investigating\nseverity: SEV3\nstarted_at: 2026-01-01T00:00:00Z\n---\n`,
    );
    writeFileSync(path.join(dir, 'incidents', '2026', 'zz-broken.md'), '---\nid: [unclosed\n---\n');

    const cli = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'validate', '--format', 'json'], {
      cwd: dir,
      encoding: 'utf8',
    });
    const single = await validateIncidents({ cwd: dir, paths: [], now: new Date() });
    expect(cli.status).toBe(1);
    expect(cli.stdout).toBe(renderJson(single));
    // The set carries every kind of finding, or the comparison says little.
    const rules = new Set(single.findings.map((finding) => finding.rule));
    expect(rules).toContain('follow-up-owner');
    expect(rules).toContain('id-duplicate');
    expect(rules).toContain('reference-unknown');
    expect(rules).toContain('yaml-syntax');
    expect(single.files).toBe(PARALLEL_MIN_FILES + 302);
  });
});
