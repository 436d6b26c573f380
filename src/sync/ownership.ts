import type { ExistingIssue } from '../github/api/issue-shape';
import { readManaged, readMarker, type Marker } from './markers';
import type { DesiredFollowUp, Plan } from './types';

/** The repository whose incident files a sync reads, as its markers and links name it. */
export interface SourceRepo {
  /** owner/name */
  readonly repo: string;
  /** Its web address, e.g. https://github.com/acme/web: old markers are known by the links beside them. */
  readonly url: string;
  /** True when the follow-ups are filed in this same repository (no follow_ups.repo elsewhere). */
  readonly isTracker: boolean;
}

export interface OwnershipOptions {
  /** Login of the token's identity: only issues it wrote can be the tool's. */
  readonly ownLogin: string;
  readonly source: SourceRepo;
  /** The follow-up label: an own issue carrying it but no marker lost its marker to an edit. */
  readonly label: string;
}

export interface Owned {
  readonly issue: ExistingIssue;
  readonly marker: Marker;
}

export interface Ownership {
  /** The tool's issues by follow-up key, oldest first. */
  readonly ours: Map<string, ExistingIssue[]>;
  /** Incident id of each key in `ours` (from the marker: an incident id may contain '/'). */
  readonly incidentOf: Map<string, string>;
  /** This repository's markers in issues the token's identity did not write. */
  readonly ignored: Plan['ignored'][number][];
  /** The tool's issues that lost their marker (a person cleared or rewrote the body), oldest first. */
  readonly unmarked: readonly ExistingIssue[];
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Whether a marker is this repository's. Markers name their repository; one
 * written before they did counts in the repository that wrote it: where the
 * follow-ups are filed in the source repository itself, or where its managed
 * part links to an incident file of this repository.
 */
function fromThisSource(marker: Marker, body: string, source: SourceRepo): boolean {
  if (marker.source !== undefined) return same(marker.source, source.repo);
  if (source.isTracker) return true;
  return (readManaged(body) ?? '').toLowerCase().includes(`](${source.url.toLowerCase()}/blob/`);
}

/**
 * Sorts the listed issues into the tool's own (by marker), others' copies of
 * its markers, and its own issues whose marker is gone. An issue is the
 * tool's only when the token's identity wrote it and the marker sits in the
 * managed part: a marker a person pasted grants nothing.
 */
export function classifyIssues(issues: readonly ExistingIssue[], options: OwnershipOptions): Ownership {
  const ours = new Map<string, ExistingIssue[]>();
  const incidentOf = new Map<string, string>();
  const ignored: Plan['ignored'][number][] = [];
  const unmarked: ExistingIssue[] = [];
  for (const issue of [...issues].sort((a, b) => a.number - b.number)) {
    const mine = same(issue.author, options.ownLogin);
    const marker = readMarker(issue.body);
    if (!marker) {
      if (mine && issue.labels.some((l) => same(l, options.label))) unmarked.push(issue);
      continue;
    }
    if (!fromThisSource(marker, issue.body, options.source)) continue;
    if (!mine) {
      ignored.push({ issue: issue.number, author: issue.author, key: marker.key, app: issue.app });
      continue;
    }
    ours.set(marker.key, [...(ours.get(marker.key) ?? []), issue]);
    incidentOf.set(marker.key, marker.incidentId);
  }
  return { ours, incidentOf, ignored, unmarked };
}

/**
 * Own issues whose marker a person removed, matched back to their
 * follow-ups by title (the title sync gave them). A title two follow-ups
 * share matches neither: a wrong match would be worse than none.
 */
export function matchByTitle(
  unmarked: readonly ExistingIssue[],
  unfiled: readonly DesiredFollowUp[],
): Map<string, ExistingIssue> {
  const byTitle = new Map<string, DesiredFollowUp[]>();
  for (const followUp of unfiled) byTitle.set(followUp.title, [...(byTitle.get(followUp.title) ?? []), followUp]);
  const found = new Map<string, ExistingIssue>();
  for (const issue of unmarked) {
    const candidates = byTitle.get(issue.title);
    if (candidates?.length !== 1) continue;
    const key = candidates[0]!.key;
    if (!found.has(key)) found.set(key, issue);
  }
  return found;
}
