import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newCommand, type NewFlags } from '../src/cli/new';
import type { IncidentPrompts } from '../src/cli/new-prompts';
import { validateIncidents } from '../src/app/validate-incidents';
import { slugify } from '../src/scaffold/incident-id';
import { parseStartTime } from '../src/scaffold/parse-time';
import { captureIo, FIXTURES, NOW } from './helpers';

/*
 * test/fixtures/new/repo is a repository with a service catalog and a
 * custom SEV2 section; expected/ holds the exact files `new` writes there.
 * UPDATE_EXPECTED=1 rewrites them: read the diff before committing it.
 */
const CASE = path.join(FIXTURES, 'new');
const update = process.env.UPDATE_EXPECTED === '1';
const FLAGS: NewFlags = {
  title: 'Checkout failing for EU customers',
  severity: 'SEV2',
  started: '2026-11-23T10:05Z',
  service: ['checkout,payments-gateway', 'checkout'],
  commander: '@alice',
  detected: '2026-11-23T12:00Z',
};
const WRITTEN = 'incidents/2026/2026-11-23-checkout-failing-for-eu-customers.md';

let repo: string;
beforeEach(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'iac-new-'));
  cpSync(path.join(CASE, 'repo'), repo, { recursive: true });
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

async function expectValidInvestigating(file: string): Promise<void> {
  const result = await validateIncidents({ cwd: repo, paths: [file], now: NOW });
  expect(result.findings).toEqual([]);
  expect(result.files).toBe(1);
}

describe('incidents new with flags', () => {
  it('writes the incident file for the severity, with its sections and prompts, and says what to do next', async () => {
    const io = captureIo(repo);
    expect(await newCommand(FLAGS, io)).toBe(0);
    const written = readFileSync(path.join(repo, WRITTEN), 'utf8');
    const expectedFile = path.join(CASE, 'expected', path.basename(WRITTEN));
    if (update) writeFileSync(expectedFile, written);
    expect(written).toBe(readFileSync(expectedFile, 'utf8'));
    expect(io.out.join('')).toContain(`✔ Created ${WRITTEN}\n`);
    expect(io.out.join('')).toContain(`npx incidents validate ${WRITTEN}`);
    expect(io.out.join('')).toContain('mitigated  when user impact stops: mitigated_at');
    expect(io.err).toEqual([]);
  });

  it('writes files that validate as investigating with no errors and no warnings, for every severity', async () => {
    for (const severity of ['SEV1', 'SEV2', 'SEV3']) {
      expect(
        await newCommand(
          { ...FLAGS, severity, title: `Trouble ${severity}`, service: undefined, commander: undefined },
          captureIo(repo),
        ),
      ).toBe(0);
      expectValidInvestigating(`incidents/2026/2026-11-23-trouble-${severity.toLowerCase()}.md`);
    }
    expect(await newCommand(FLAGS, captureIo(repo))).toBe(0);
    expectValidInvestigating(WRITTEN);
  });

  it('uses --dir and --id when given', async () => {
    expect(await newCommand({ ...FLAGS, dir: 'records', id: '2026-11-23-eu-checkout' }, captureIo(repo))).toBe(0);
    expect(existsSync(path.join(repo, 'records/2026/2026-11-23-eu-checkout.md'))).toBe(true);
  });

  it('refuses to overwrite an existing file, says which, and exits 1', async () => {
    mkdirSync(path.join(repo, 'incidents/2026'), { recursive: true });
    writeFileSync(path.join(repo, WRITTEN), 'kept\n');
    const io = captureIo(repo);
    expect(await newCommand(FLAGS, io)).toBe(1);
    expect(io.err.join('')).toBe(
      `incidents new: ${WRITTEN} already exists; nothing was written\n  fix: open it to update that incident, or choose another --title or --id for a new one\n`,
    );
    expect(readFileSync(path.join(repo, WRITTEN), 'utf8')).toBe('kept\n');
  });

  it('exits 2 naming the missing flags when nobody can be asked', async () => {
    const io = captureIo(repo);
    expect(await newCommand({ title: 'Checkout failing' }, io)).toBe(2);
    expect(io.err[0]).toBe(
      'incidents new: missing --severity, --started (not on a terminal, so nothing can be asked)\n',
    );
    expect(existsSync(path.join(repo, 'incidents'))).toBe(false);
  });

  it('does not ask with --yes, even on a terminal', async () => {
    const prompts: IncidentPrompts = { available: () => true, ask: () => Promise.reject(new Error('asked')) };
    const io = captureIo(repo, { stdoutIsTty: true });
    expect(await newCommand({ yes: true, severity: 'SEV1' }, io, prompts)).toBe(2);
    expect(io.err[0]).toBe('incidents new: missing --title, --started (with --yes nothing is asked)\n');
  });

  it('asks on a terminal only for what the flags did not give', async () => {
    let known: object = {};
    const prompts: IncidentPrompts = {
      available: () => true,
      ask: (options) => {
        known = options.known;
        return Promise.resolve({
          ...FLAGS,
          title: 'Asked title',
          severity: options.config.severities[2]!,
          started: options.known.started!,
          services: [],
          commander: '@bob',
          detected: undefined,
        });
      },
    };
    expect(await newCommand({ started: '30m ago' }, captureIo(repo, { stdoutIsTty: true }), prompts)).toBe(0);
    expect(known).toMatchObject({ started: { text: expect.stringMatching(/T11:30:00/) } });
    expectValidInvestigating('incidents/2026/2026-11-23-asked-title.md');
  });

  it('leaves detected_at out when nobody gave it, and says time to detect cannot be measured without it', async () => {
    const io = captureIo(repo);
    expect(await newCommand({ ...FLAGS, detected: undefined }, io)).toBe(0);
    const written = readFileSync(path.join(repo, WRITTEN), 'utf8');
    expect(written).not.toMatch(/^detected_at:/m);
    expect(written).toContain(
      '# When was it detected (the first alert fired, or someone noticed)? Time to detect cannot be measured without it:\n# detected_at: YYYY-MM-DDTHH:MM:SSZ\n',
    );
    expect(written).toContain('- 10:05 Impact starts.\n');
    expect(written).not.toContain('Noticed');
    expect(io.out.join('')).toContain(
      '✔ Created incidents/2026/2026-11-23-checkout-failing-for-eu-customers.md\ndetected_at is left out: nobody said when impact was detected, and time to detect cannot be measured without it.\nAdd it when you know (the first alert, or when someone noticed).\n',
    );
    expectValidInvestigating(WRITTEN);
  });

  it('records the detection time --detected gives, and refuses one before the start', async () => {
    expect(await newCommand({ ...FLAGS, detected: '10:20' }, captureIo(repo))).toBe(0);
    const written = readFileSync(path.join(repo, WRITTEN), 'utf8');
    expect(written).toContain('started_at: 2026-11-23T10:05:00Z\ndetected_at: 2026-11-23T10:20:00Z\n');
    expect(written).toContain('- 10:05 Impact starts.\n- 10:20 Noticed.\n');

    const early = captureIo(repo);
    expect(await newCommand({ ...FLAGS, id: '2026-11-23-other', detected: '09:00' }, early)).toBe(2);
    expect(early.err).toEqual([
      'incidents new: --detected: 2026-11-23T09:00:00Z is before impact started (2026-11-23T10:05:00Z): detection comes at or after the start\n',
    ]);
    expect(await newCommand({ ...FLAGS, id: '2026-11-23-unknown', detected: 'unknown' }, captureIo(repo))).toBe(0);
    expect(readFileSync(path.join(repo, 'incidents/2026/2026-11-23-unknown.md'), 'utf8')).not.toMatch(/^detected_at:/m);
  });

  it('exits 2 with the reason for each bad flag', async () => {
    const io = captureIo(repo);
    expect(
      await newCommand({ ...FLAGS, severity: 'SEV5', started: 'soon', service: ['serch'], commander: 'al ice' }, io),
    ).toBe(2);
    expect(io.err).toEqual([
      "incidents new: --severity: severity must be one of SEV1, SEV2 or SEV3 (got 'SEV5')\n",
      'incidents new: --started: not a time I understand: write now, 30m ago, 14:05 or 2026-03-04T09:12Z\n',
      "incidents new: --service: unknown service 'serch': did you mean 'search'?\n",
      "incidents new: --commander: the incident commander must be a GitHub handle like @alice or @org/team (got 'al ice')\n",
    ]);
  });
});

describe('when impact started', () => {
  const at = (input: string, timeZone = 'UTC') => {
    const result = parseStartTime(input, NOW, timeZone);
    return result.ok ? result.time.text : result.reason;
  };

  it('reads now and N minutes, hours or days ago, to the minute', () => {
    expect(at('now')).toBe('2026-11-23T12:00:00Z');
    expect(at('30m ago')).toBe('2026-11-23T11:30:00Z');
    expect(at('2h ago')).toBe('2026-11-23T10:00:00Z');
    expect(at('2 hours ago')).toBe('2026-11-23T10:00:00Z');
    expect(at('1d ago')).toBe('2026-11-22T12:00:00Z');
    expect(at('now', 'Europe/Berlin')).toBe('2026-11-23T13:00:00+01:00');
  });

  it('reads HH:MM as today in the local time zone, stored with its offset', () => {
    expect(at('09:12')).toBe('2026-11-23T09:12:00Z');
    expect(at('9:12', 'Europe/Berlin')).toBe('2026-11-23T09:12:00+01:00');
    expect(at('06:30', 'America/New_York')).toBe('2026-11-23T06:30:00-05:00');
    expect(at('14:05')).toBe('14:05 today is still to come; for yesterday write 2026-11-22T14:05');
  });

  it('reads ISO timestamps, keeping a written zone and adding the local one when none is written', () => {
    expect(at('2026-03-04T09:12Z')).toBe('2026-03-04T09:12:00Z');
    expect(at('2026-03-04T10:12:30+0100')).toBe('2026-03-04T10:12:30+01:00');
    expect(at('2026-03-04 09:12')).toBe('2026-03-04T09:12:00Z');
    expect(at('2026-07-04T09:12', 'Europe/Berlin')).toBe('2026-07-04T09:12:00+02:00');
  });

  it('explains what it cannot read, and refuses the future', () => {
    expect(at('yesterday-ish')).toBe('not a time I understand: write now, 30m ago, 14:05 or 2026-03-04T09:12Z');
    expect(at('2026-02-30T10:00Z')).toBe(
      "there is no such date or time: '2026-02-30T10:00Z' (write now, 30m ago, 14:05 or 2026-03-04T09:12Z)",
    );
    expect(at('25:00')).toBe("there is no such time: '25:00' (write now, 30m ago, 14:05 or 2026-03-04T09:12Z)");
    expect(at('2026-12-01T00:00Z')).toBe(
      '2026-12-01T00:00:00Z is in the future: impact must already have started; check the date and the time zone',
    );
  });
});

describe('incident ids', () => {
  it('slugs titles to lowercase words of a-z and 0-9, cut at a word boundary', () => {
    expect(slugify("Search: slow & failing for 'some' customers!")).toBe('search-slow-failing-for-some-customers');
    expect(slugify('Café menu – über slow')).toBe('cafe-menu-uber-slow');
    expect(slugify('???')).toBe('incident');
    const long = slugify('Checkout payments failing for customers in the European Union after the gateway deploy');
    expect(long).toBe('checkout-payments-failing-for-customers-in-the');
    expect(long.length).toBeLessThanOrEqual(50);
  });
});
