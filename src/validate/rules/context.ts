import type { Config } from '../../core/config';
import type { IncidentRecord, SourceDocument } from '../../incidents/document';
import type { PathSegment } from '../../incidents/locate';
import type { Finding, Severity } from '../../core/finding';
import type { RuleDefinition } from '../../core/rule';

export interface RuleContext {
  readonly config: Config;
  /** "Now" for the not-in-the-future rule; passed in so results are repeatable. */
  readonly now: Date;
  /** Every incident in the repository by id (several when ids collide). */
  readonly incidentsById: ReadonlyMap<string, readonly IncidentRecord[]>;
  /** Incidents the change being validated deletes: id to the file it was in. */
  readonly deletedById?: ReadonlyMap<string, string>;
  /**
   * False where only whether a rule finds something matters (the batch
   * review skips files with errors): work that only words a hint, such as
   * a did-you-mean over every id of the repository, is skipped.
   */
  readonly hints?: boolean;
}

export type IncidentRule = (document: SourceDocument, context: RuleContext) => Finding[];

export interface FindingAt {
  readonly rule: RuleDefinition;
  /** The rule's own severity unless said. */
  readonly severity?: Severity;
  readonly message: string;
  readonly hint: string;
}

/** A finding at the value of `path` in the document's frontmatter. */
export function atValue(document: SourceDocument, path: readonly PathSegment[], f: FindingAt): Finding {
  return {
    file: document.file,
    ...document.locate.value(path),
    severity: f.severity ?? f.rule.severity,
    rule: f.rule.id,
    message: f.message,
    hint: f.hint,
  };
}

/** A finding at the key of `path` in the document's frontmatter. */
export function atKey(document: SourceDocument, path: readonly PathSegment[], f: FindingAt): Finding {
  return {
    file: document.file,
    ...document.locate.key(path),
    severity: f.severity ?? f.rule.severity,
    rule: f.rule.id,
    message: f.message,
    hint: f.hint,
  };
}
