import { loadConfig } from '../config/load';
import { ConfigError } from '../core/errors';
import { sortFindings, type Finding } from '../core/finding';
import { keepDocument, loadEdited } from '../incidents/load';
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
 * holds rather than what is on disk. The findings of a config that cannot be
 * used stand at the top of the file, so the editor shows why nothing else is.
 */
export function validateEditedFile(edited: EditedFile): Finding[] {
  let loaded;
  try {
    loaded = loadConfig(edited.cwd, undefined);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // The config's own findings, shown at the top of this file: the editor shows why nothing else is checked.
    const hint = "nothing in this file can be checked until the config is fixed; 'incidents validate' says the same";
    // A config that cannot be read at all has no finding to show: markdownlint reports the error itself.
    if (!error.findings.length) throw error;
    return error.findings.map((finding) => ({
      ...finding,
      file: edited.file,
      line: 1,
      column: 1,
      message: `${error.message}: ${finding.file}:${finding.line}:${finding.column}: ${finding.message}`,
      hint,
    }));
  }
  const bytes = Buffer.from(edited.text, 'utf8');
  const set = loadEdited(edited.cwd, loaded.config, edited.file, bytes, { visit: keepDocument });
  if (!set) return [];
  // One file, kept whole: its positions come from the text the editor holds, not from the disk.
  const targets = set.targets.map((target) => target.result);
  const findings = [...set.findings, ...validateDocuments({ ...set, targets, config: loaded.config, now: edited.now })];
  return sortFindings(findings.filter((finding) => finding.file === edited.file));
}
