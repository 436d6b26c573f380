import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { FOLDER_IMPORTS, MAX_DEPTH } from '../eslint.config.js';
import { ROOT } from './helpers';

const SRC = path.join(ROOT, 'src');
const FOLDERS = Object.keys(FOLDER_IMPORTS);

function sourceFiles(): string[] {
  return (readdirSync(SRC, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.split(path.sep).join('/'));
}

/** Every relative import (static, dynamic, export ... from) of every file in src/, resolved to the top-level folder it reaches. */
function crossFolderImports(): { from: string; to: string; file: string; specifier: string }[] {
  return sourceFiles().flatMap((file) => {
    const text = readFileSync(path.join(SRC, file), 'utf8');
    return [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)'(\.{1,2}\/[^']*)'/g)].flatMap((match) => {
      const specifier = match[1]!;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
      const [from, to] = [file.split('/')[0]!, target.split('/')[0]!];
      return from === to || to === '..' ? [] : [{ from, to, file, specifier }];
    });
  });
}

describe('the layout of src/', () => {
  it('lists every folder of src/ in the layers, each allowed only folders listed before it: the folder graph cannot have a cycle', () => {
    const topLevel = readdirSync(SRC, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(topLevel).toEqual([...FOLDERS].sort());
    FOLDERS.forEach((folder, index) => {
      for (const allowed of FOLDER_IMPORTS[folder]!)
        expect(FOLDERS.slice(0, index), `${folder} may import ${allowed}`).toContain(allowed);
    });
  });

  it('keeps to the layers in every import, resolved from the file it is in', () => {
    const breaking = crossFolderImports().filter(({ from, to }) => !FOLDER_IMPORTS[from]?.includes(to));
    expect(breaking).toEqual([]);
    // The scan itself sees imports: the entry points reach the use cases.
    expect(crossFolderImports().some(({ from, to }) => from === 'cli' && to === 'app')).toBe(true);
  });

  it('nests no folder deeper than the lint rules look', () => {
    const depths = sourceFiles().map((file) => file.split('/').length - 2);
    expect(Math.max(...depths)).toBeLessThanOrEqual(MAX_DEPTH);
  });

  it('fails lint on an import that would close a cycle, and on a side effect away from its edge', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const lint = async (file: string, text: string) =>
      (await eslint.lintText(text, { filePath: path.join(ROOT, file) }))[0]!.messages.map((m) => m.message);
    expect(
      await lint(
        'src/core/probe.ts',
        "import { loadConfig } from '../config/load';\nexport const probe = loadConfig;\n",
      ),
    ).toEqual([
      "'../config/load' import is restricted from being used by a pattern. src/core/ may import only packages (the layers in eslint.config.js).",
    ]);
    expect(
      await lint(
        'src/validate/rules/probe.ts',
        "import { batchReview } from '../../app/batch-review';\nexport const probe = batchReview;\n",
      ),
    ).toEqual([
      "'../../app/batch-review' import is restricted from being used by a pattern. src/validate/ may import only core, incidents, schema, config (the layers in eslint.config.js).",
    ]);
    expect(
      await lint('src/sync/probe.ts', "import { Octokit } from '@octokit/rest';\nexport const probe = Octokit;\n"),
    ).toEqual(["'@octokit/rest' import is restricted from being used by a pattern. Only src/github/ talks to GitHub."]);
    // Within a folder, a file named like another folder is not that folder.
    expect(
      await lint(
        'src/review/render/probe.ts',
        "import type { ReviewReport } from '../report';\nexport type Probe = ReviewReport;\n",
      ),
    ).toEqual([]);
  });
});
