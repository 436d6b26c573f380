import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateIncidents } from '../src/app/validate-incidents';
import { ConfigError } from '../src/core/errors';
import type { Finding } from '../src/core/finding';
import type { RuleDefinition } from '../src/core/rule';
import { exampleRepository } from '../src/core/rule-examples';
import { NOW } from './helpers';

/** What `incidents validate` says of a repository: its findings, and whether it stopped at the config (exit 2). */
export interface Outcome {
  readonly findings: readonly Finding[];
  readonly configRefused: boolean;
}

/** Writes the repository one of a rule's examples stands for, validates it in-process, and removes it. */
export async function runExample(rule: RuleDefinition, which: 'wrong' | 'right'): Promise<Outcome> {
  const root = mkdtempSync(path.join(os.tmpdir(), `rule-${rule.id}-${which}-`));
  try {
    for (const file of exampleRepository(rule, which)) {
      const target = path.join(root, file.path);
      mkdirSync(path.dirname(target), { recursive: true });
      if ('linkTo' in file) symlinkSync(file.linkTo, target);
      else writeFileSync(target, 'bytes' in file ? file.bytes : file.text);
    }
    try {
      return { findings: (await validateIncidents({ cwd: root, paths: [], now: NOW })).findings, configRefused: false };
    } catch (error) {
      if (error instanceof ConfigError) return { findings: error.findings, configRefused: true };
      throw error;
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** A finding as one line to read in a failed expectation. */
export function described(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column} ${finding.rule} (${finding.severity}) ${finding.message}`;
}
