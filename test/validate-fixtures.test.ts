import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateIncidents } from '../src/app/validate-incidents';
import { FIXTURES, NOW } from './helpers';

/*
 * Each folder under test/fixtures/validate is a small repository; its
 * expected.json holds every finding validate must report for it, exactly.
 * UPDATE_EXPECTED=1 rewrites them: read the diff before committing it.
 */
const CASES = path.join(FIXTURES, 'validate');
const update = process.env.UPDATE_EXPECTED === '1';

describe('validate on fixture repositories', () => {
  const cases = readdirSync(CASES).filter(
    (name) => existsSync(path.join(CASES, name, 'incidents')) && name !== 'config-error',
  );
  for (const name of cases) {
    it(`reports exactly the expected findings for '${name}'`, async () => {
      const cwd = path.join(CASES, name);
      const result = await validateIncidents({ cwd, paths: [], now: NOW });
      const expectedFile = path.join(cwd, 'expected.json');
      const actual = {
        files: result.files,
        errors: result.errors,
        warnings: result.warnings,
        findings: result.findings,
      };
      if (update) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
