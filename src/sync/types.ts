import type { IssueChanges, IssueState, StateReason } from '../github/api/issue-shape';

/** A follow-up as the incident files want it to be on GitHub. */
export interface DesiredFollowUp {
  /** `<incident-id>/<follow-up-id>`: the identity carried by the issue's hidden marker. */
  readonly key: string;
  readonly incidentId: string;
  readonly followUpId: string;
  /** Incident file it comes from (for messages and links). */
  readonly file: string;
  readonly title: string;
  /** The managed part of the body, markers included. */
  readonly managedBody: string;
  /** Sorted. */
  readonly labels: readonly string[];
  /** Logins without @, sorted. */
  readonly assignees: readonly string[];
  /** The state the file records. */
  readonly fileStatus: 'open' | 'done' | 'not-planned';
  /** `issue: 123` in the file: track that issue instead of filing one. */
  readonly linkedIssue?: number;
  /** From a historical record (historical: true). */
  readonly historical?: boolean;
  /** The day its incident started (YYYY-MM-DD), for follow_ups.file_from. */
  readonly startDay?: string;
}

/** Why a follow-up with no issue yet is not filed: history, and work already finished, are left unless the config asks. */
export type UnfiledReason = 'historical' | 'before-file-from' | 'done-in-file';

export type Operation =
  | {
      readonly kind: 'create';
      readonly key: string;
      readonly title: string;
      readonly body: string;
      readonly labels: readonly string[];
      readonly assignees: readonly string[];
      /** The file already records it as done or dropped: file it, then close it so the record is complete. */
      readonly closeAs?: 'completed' | 'not_planned';
    }
  | {
      readonly kind: 'update';
      readonly key: string;
      readonly issue: number;
      readonly url: string;
      readonly changes: IssueChanges;
      readonly reasons: readonly string[];
    }
  | {
      readonly kind: 'close';
      readonly key: string;
      readonly issue: number;
      readonly url: string;
      readonly reason: 'completed' | 'not_planned';
      readonly comment: string;
      readonly why: 'removed' | 'done-in-file' | 'duplicate';
    }
  | { readonly kind: 'reopen'; readonly key: string; readonly issue: number; readonly url: string };

/** What is known about one follow-up's issue: the state read back for reviews. */
export interface FollowUpState {
  readonly key: string;
  readonly file: string | undefined;
  readonly issue: number | undefined;
  readonly url: string | undefined;
  readonly state: IssueState | 'not-filed';
  readonly stateReason: StateReason;
  readonly closedAt: string | null;
  readonly linked: boolean;
}

export interface Plan {
  readonly operations: readonly Operation[];
  readonly followUps: readonly FollowUpState[];
  /** Follow-ups with no issue that this plan does not file, and why. */
  readonly unfiled: readonly { readonly key: string; readonly why: UnfiledReason }[];
  /** Issues that carry this repository's marker but were not written by this tool's identity. */
  readonly ignored: readonly {
    readonly issue: number;
    readonly author: string;
    readonly key: string;
    /** The app whose token wrote it (a change of token leaves the old identity's issues here); null for a person. */
    readonly app: string | null;
  }[];
  /**
   * The tool's own issues that no follow-up in the files accounts for and
   * that this plan leaves open: marker gone and title changed, or a key the
   * files no longer have. Many creates beside them mean the tool lost track.
   */
  readonly unmatched: readonly { readonly issue: number; readonly why: 'marker removed' | 'not in the files' }[];
}
