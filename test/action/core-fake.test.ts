import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers';
import * as fake from './core-fake';

const ACTION = path.join(ROOT, 'src', 'action');

/** Every part of @actions/core that src/action/ calls: `core.info`, `core.summary.addRaw`, and names imported one by one. */
function partsCalled(): string[] {
  const parts = readdirSync(ACTION)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => {
      const text = readFileSync(path.join(ACTION, file), 'utf8');
      const namespace = [...text.matchAll(/import \* as (\w+) from '@actions\/core'/g)].flatMap(([, name]) =>
        [...text.matchAll(new RegExp(`\\b${name}\\.(\\w+(?:\\.\\w+)?)`, 'g'))].map((match) => match[1]!),
      );
      const named = [...text.matchAll(/import \{([^}]*)\} from '@actions\/core'/g)].flatMap(([, names]) =>
        names!.split(',').map((name) => name.trim().split(/\s+as\s+/)[0]!),
      );
      return [...namespace, ...named.filter(Boolean)];
    });
  return [...new Set(parts)].sort();
}

describe('the fake of @actions/core', () => {
  it('fakes every part of @actions/core the Action calls', () => {
    const parts = partsCalled();
    expect(parts).toContain('getInput');
    const missing = parts.filter(
      (part) =>
        typeof part.split('.').reduce<unknown>((object, key) => (object as Record<string, unknown>)?.[key], fake) !==
        'function',
    );
    expect(missing, 'add these to test/action/core-fake.ts, typed from @actions/core').toEqual([]);
  });

  it('reads inputs as @actions/core does: missing is empty, whitespace trimmed unless told not to, required and empty throws', () => {
    fake.resetCore({ paths: '  incidents \n' });
    expect(fake.getInput('paths')).toBe('incidents');
    expect(fake.getInput('paths', { trimWhitespace: false })).toBe('  incidents \n');
    expect(fake.getInput('period')).toBe('');
    expect(() => fake.getInput('period', { required: true })).toThrow('Input required and not supplied: period');
  });

  it('shows in the job summary only what was written', async () => {
    fake.resetCore();
    fake.summary.addRaw('## One\n');
    await fake.summary.write();
    fake.summary.addRaw('## Two', true);
    expect(fake.seen.summary).toBe('## One\n');
    await fake.summary.write();
    expect(fake.seen.summary).toBe('## One\n## Two\n');
    fake.summary.addRaw('## Three\n');
    await fake.summary.write({ overwrite: true });
    expect(fake.seen.summary).toBe('## Three\n');
  });
});
