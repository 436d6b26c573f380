import { loadConfig } from '../config/load';
import { ConfigError } from '../core/errors';
import { sortFindings, type Finding } from '../core/finding';
import { loadEdited } from '../incidents/load';
import { validateDocuments } from '../validate/validate-set';

export interface EditedFile {
  /** The repository's root: where .incidents.yml is. */
  readonly cwd: string;
  /** Relative to cwd, forward slashes. */
  readonly file: string;
  readonly text: string;
  readonly now: Date;
}

/**
 * What `incidents validate <file>` says about a file, for the text an editor
 * holds rather than what is on disk. A config that cannot be used is one
 * finding at the top of the file, so the editor shows why nothing else is.
 */
export function validateEditedFile(edited: EditedFile): Finding[] {
  let loaded;
  try {
    loaded = loadConfig(edited.cwd, undefined);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return [
      {
        file: edited.file,
        line: 1,
        column: 1,
        rule: 'config',
        severity: 'error',
        message: `${error.message}: nothing in this file can be checked until it is fixed`,
        hint: "run 'incidents validate' in a terminal for where and how",
      },
    ];
  }
  const set = loadEdited(edited.cwd, loaded.config, edited.file, Buffer.from(edited.text, 'utf8'));
  if (!set) return [];
  const findings = [...set.findings, ...validateDocuments({ ...set, config: loaded.config, now: edited.now })];
  return sortFindings(findings.filter((finding) => finding.file === edited.file));
}
