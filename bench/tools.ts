// The commands the benchmark times, each checked for having done the work
// it is timed for: the floors, the peers (ajv-cli, markdownlint-cli2) and ours.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './datasets';
import { measure, type Measurement } from './measure';

const NODE = process.execPath;
/** BENCH_CLI points the benchmark at another build of the CLI (default: dist/cli.js). */
export const CLI = path.resolve(ROOT, process.env.BENCH_CLI ?? 'dist/cli.js');
const SCHEMA = path.join(ROOT, 'schemas', 'incident.schema.json');

function binOf(pkg: string, name: string): string {
  const manifest = path.join(ROOT, 'node_modules', pkg, 'package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: string | Record<string, string> };
  return path.join(path.dirname(manifest), typeof bin === 'string' ? bin : bin[name]!);
}
const AJV = binOf('ajv-cli', 'ajv');
const MARKDOWNLINT = binOf('markdownlint-cli2', 'markdownlint-cli2');

const expect = (what: string, ok: boolean, output: string) => {
  if (!ok) throw new Error(`${what}: unexpected output:\n${output.slice(0, 2000)}`);
};

/** A floor script of bench/ over the incidents of `dir`: it prints how many files it parsed. */
export function floor(script: string, dir: string, count: number): Measurement {
  return measure(NODE, [path.join(ROOT, 'bench', script), path.join(dir, 'incidents')], dir, {
    check: (output) => expect(script, output.trim() === String(count), output),
  });
}

/** `node -e 0`: what starting Node costs. */
export function nodeStart(dir: string): Measurement {
  return measure(NODE, ['-e', '0'], dir);
}

export function ajv(dir: string, data: string, count: number): Measurement {
  return measure(NODE, [AJV, 'validate', '--spec=draft2020', '-c', 'ajv-formats', '-s', SCHEMA, '-d', data], dir, {
    // One "<file> valid" line per file, and no "invalid": it did validate every file.
    check: (output) =>
      expect(
        'ajv validate',
        output.split('\n').filter((line) => / valid$/.test(line)).length === count && !/ invalid$/m.test(output),
        output,
      ),
  });
}

export function markdownlint(dir: string, count: number): Measurement {
  return measure(NODE, [MARKDOWNLINT, 'incidents/**/*.md'], dir, {
    check: (output) =>
      expect(
        'markdownlint-cli2',
        output.includes(`Linting: ${count} file(s)`) && output.includes('Summary: 0 error(s)'),
        output,
      ),
  });
}

/**
 * `incidents validate` with `args`; `files` is how many files it must say
 * it checked (undefined for --changed-since, which may also check files
 * referring to the changed one), `clean` whether it must find nothing.
 */
export function validate(
  dir: string,
  args: readonly string[],
  files: number | undefined,
  clean: boolean,
  nodeArgs: readonly string[] = [],
  recordFailure = false,
): Measurement {
  return measure(NODE, [...nodeArgs, CLI, 'validate', '--no-color', ...args], dir, {
    recordFailure,
    okStatus: clean ? [0] : [0, 1],
    check: (output) =>
      expect(
        'incidents validate',
        new RegExp(`\\b${files ?? '\\d+'} files? checked: ${clean ? '0 errors, 0 warnings' : '\\d+ errors?'}`).test(
          output,
        ),
        output,
      ),
  });
}

/** `incidents review --period 2025` as JSON to `out` (relative to `dir`), which it must say it wrote. */
export function review(dir: string, out: string, nodeArgs: readonly string[] = [], recordFailure = false): Measurement {
  return measure(NODE, [...nodeArgs, CLI, 'review', '--period', '2025', '--format', 'json', '--out', out], dir, {
    recordFailure,
    check: (output) => expect('incidents review', output.split('\n').includes(`wrote ${out}`), output),
  });
}
