import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateIncidents } from '../src/app/validate-incidents';
import { FIXTURES, ROOT } from './helpers';

/*
 * Drives the real prompts through a real terminal: `incidents new` (from
 * test/new-entry.ts) runs in a detached tmux session on its own socket; the
 * test types answers with send-keys and reads the screen with capture-pane.
 */
const TMUX = '/usr/bin/tmux';
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs');
const ENTRY = path.join(ROOT, 'test', 'new-entry.ts');

let repo: string;
let socket: string;

const tmux = (...args: string[]) =>
  execFileSync(TMUX, ['-L', socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', 'new');
const type = (text: string) => tmux('send-keys', '-t', 'new', '-l', text);
const press = (...keys: string[]) => tmux('send-keys', '-t', 'new', ...keys);

/** Polls the screen until it shows `text`; fails with what the screen shows instead. */
async function waitFor(text: string | RegExp, timeoutMs = 8_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const shown = screen();
    if (typeof text === 'string' ? shown.includes(text) : text.test(shown)) return shown;
    if (Date.now() > deadline) throw new Error(`the terminal never showed ${String(text)}; it shows:\n${shown}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeEach(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'iac-new-tty-'));
  cpSync(path.join(FIXTURES, 'new', 'repo'), repo, { recursive: true });
  socket = `iac-new-${process.pid}-${path.basename(repo)}`;
});

afterEach(() => {
  try {
    tmux('kill-server');
  } catch {
    // already gone
  }
  rmSync(repo, { recursive: true, force: true });
});

describe('incidents new on a terminal', () => {
  it('asks for each answer, asks again with the reason after a bad one, and writes a file that validates', async () => {
    const command = `TZ=UTC '${process.execPath}' --import '${TSX}' '${ENTRY}' new; echo "exit code $?"; sleep 30`;
    tmux('new-session', '-d', '-s', 'new', '-x', '140', '-y', '50', '-c', repo, command);

    await waitFor('Title: what are users experiencing?');
    type('Search is slow for some customers');
    press('Enter');

    await waitFor('SEV3  A feature is degraded or a workaround exists.');
    press('Down');
    await waitFor(/❯ SEV2/);
    press('Enter');

    await waitFor('When did impact start?');
    type('soon-ish');
    press('Enter');
    await waitFor('not a time I understand: write now, 30m ago, 14:05 or 2026-03-04T09:12Z');
    press('C-u');
    type('30m ago');
    press('Enter');

    await waitFor('When was it detected: the first alert, or when someone noticed?');
    type('2 hours ago');
    press('Enter');
    await waitFor('is before impact started');
    press('C-u');
    type('unknown');
    press('Enter');

    await waitFor('Which service is affected?');
    type('sea');
    await waitFor(/❯ search/);
    press('Enter');
    await waitFor('Another service?');
    await waitFor(/❯ done: search/);
    press('Enter');

    await waitFor('Incident commander');
    type('alice');
    press('Enter');

    const final = await waitFor('exit code', 10_000);
    expect(final).toContain('exit code 0');
    expect(final).toContain('✔ Created incidents/');

    const yearDir = path.join(repo, 'incidents', String(new Date(Date.now() - 30 * 60_000).getUTCFullYear()));
    const [name] = readdirSync(yearDir);
    expect(name).toMatch(/^\d{4}-\d{2}-\d{2}-search-is-slow-for-some-customers\.md$/);
    const written = readFileSync(path.join(yearDir, name!), 'utf8');
    expect(written).toContain('title: Search is slow for some customers\n');
    expect(written).toContain('severity: SEV2\n');
    expect(written).toContain('services: [search]\n');
    expect(written).toContain('  incident_commander: "@alice"\n');
    expect(written).toMatch(/started_at: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00Z\n/);
    expect(written).not.toMatch(/^detected_at:/m);
    expect(final).toContain('detected_at is left out');

    const result = await validateIncidents({
      cwd: repo,
      paths: [path.relative(repo, path.join(yearDir, name!))],
      now: new Date(),
    });
    expect(result.findings).toEqual([]);
  }, 15_000);
});
