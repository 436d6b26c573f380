import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pullRequestFileReports } from '../../src/app/pull-request-report';
import { batchReview } from '../../src/app/batch-review';
import { validateIncidents } from '../../src/app/validate-incidents';
import { type ValidateResult } from '../../src/validate/validate-set';
import { issueTitle } from '../../src/sync/desired';
import { MAX_ISSUE_TITLE_CHARS } from '../../src/core/github-limits';
import { managedBody } from '../../src/sync/issue-body';
import { MAX_ISSUE_BODY_CHARS } from '../../src/core/github-limits';
import { identityMarker, MANAGED_END, readKey, readManaged } from '../../src/sync/markers';
import { planSync } from '../../src/sync/plan';
import { renderAnnotation, renderGithub } from '../../src/report/github';
import { renderMarkdown } from '../../src/report/markdown';
import { barChart, pieChart } from '../../src/review/render/mermaid';
import { renderPullRequestComment } from '../../src/report/pr-comment';
import { MAX_COMMENT_CHARS } from '../../src/core/github-limits';
import { renderReviewMarkdown } from '../../src/review/render/markdown';
import { reviewPullRequestBody } from '../../src/review/render/pull-body';
import { RECORD_END, renderReviewRecord } from '../../src/review/render/record';
import { renderSyncMarkdown } from '../../src/sync/render/markdown';
import { renderText } from '../../src/report/text';
import type { Finding } from '../../src/core/finding';
import { startGitHubServer, type GitHubServer } from '../github-server/index';
import { FIXTURES, NOW } from '../helpers';
import { REPO, sync } from '../sync-helpers';
import { recordOutcome } from './record';

/*
 * Text from incident files that tries to forge workflow commands, ping
 * people, link or close issues, inject HTML or imitate the tool's hidden
 * markers, through every channel the tool writes to GitHub. Each test
 * asserts the exact text emitted.
 *
 * hostile-invalid: values echoed back in findings (a bad severity, unknown
 * categories, an unknown field). hostile-valid: a valid repository whose
 * free text (titles, summaries, follow-ups, services, owners, commanders)
 * is hostile, for follow-up issues and the batch review.
 */
const INVALID = path.join(FIXTURES, 'reliability', 'hostile-invalid');
const VALID = path.join(FIXTURES, 'reliability', 'hostile-valid');
const HOSTILE_FILE = 'incidents/2026-03-04-hostile.md';

/** A cell of the RELIABILITY.md table: one line, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\n/g, '⏎').replace(/\|/g, '\\|');
}

function record(context: Parameters<typeof recordOutcome>[0], attempt: string, channel: string, result: string): void {
  recordOutcome(context, {
    table: 'Hostile content',
    cells: { attempt: cell(attempt), channel, result: cell(result) },
  });
}

function finding(overrides: Partial<Finding>): Finding {
  return {
    file: 'incidents/a.md',
    line: 1,
    column: 1,
    rule: 'r',
    severity: 'error',
    message: 'm',
    hint: 'h',
    ...overrides,
  };
}

const invalidResult: ValidateResult = await validateIncidents({ cwd: INVALID, paths: [], now: NOW });
const invalid = (): ValidateResult => invalidResult;

const CATEGORIES_HINT =
  "use one of deploy, config, capacity, database, dependency, third-party, certificate, network, data, security, monitoring, or add a new category to 'categories' in .incidents.yml";
const DOCS = 'https://github.com/incidents-as-code/incidents-as-code/blob/main/docs/rules.md';

describe('(a) workflow commands: each finding is one annotation line', () => {
  it('a value with a newline or CR cannot start a command of its own', (context) => {
    const lines = renderGithub(invalid().findings).trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.every((line) => line.startsWith(`::error file=${HOSTILE_FILE},line=`))).toBe(true);
    expect(lines[1]).toBe(
      `::error file=${HOSTILE_FILE},line=7,col=14,title=category-value::unknown category 'a\\n::warning::x\\r::error::y'%0AFix: ${CATEGORIES_HINT}%0AMore: incidents explain category-value`,
    );
    record(
      context,
      'category "a\\n::warning::x\\r::error::y"',
      'annotation',
      "::error file=…,line=7,col=14,title=category-value::unknown category 'a\\n::warning::x\\r::error::y'%0AFix: …",
    );
  });

  it('an encoded newline (%0A) stays text', (context) => {
    const line = renderGithub(invalid().findings).split('\n')[2];
    expect(line).toBe(
      `::error file=${HOSTILE_FILE},line=7,col=45,title=category-value::unknown category '%250A::error::forged | <b>x</b>'%0AFix: ${CATEGORIES_HINT}%0AMore: incidents explain category-value`,
    );
    record(
      context,
      'category "%0A::error::forged"',
      'annotation',
      "…::unknown category '%250A::error::forged | <b>x</b>'%0AFix: …",
    );
  });

  it('::set-output, ::add-mask and ::stop-commands inside a value stay inside the message', (context) => {
    const line = renderGithub(invalid().findings).split('\n')[4];
    expect(line).toBe(
      `::error file=${HOSTILE_FILE},line=8,col=1,title=unknown-field::unknown field '::set-output name=x::y @org/team'%0AFix: remove it; the fields allowed here are id, title, status, historical, severity, near_miss, started_at, detected_at, mitigated_at, resolved_at, detection, services, categories, tags, roles, impact, contributing_factors, mitigation, repeat_of, related, follow_ups, no_follow_ups_reason, review or source%0AMore: incidents explain unknown-field`,
    );
    const raw = renderAnnotation(
      finding({ severity: 'warning', message: '::add-mask::secret', hint: '::stop-commands::tok' }),
    );
    expect(raw).toBe(
      '::warning file=incidents/a.md,line=1,col=1,title=r::::add-mask::secret%0AFix: ::stop-commands::tok%0AMore: incidents explain r',
    );
    record(
      context,
      "field '::set-output name=x::y', message '::add-mask::secret', hint '::stop-commands::tok'",
      'annotation',
      "…title=unknown-field::unknown field '::set-output name=x::y @org/team'%0AFix: … (never at the start of a line)",
    );
  });

  it('raw CR, LF, colon and comma in a file name or message are escaped as @actions/core does', (context) => {
    const line = renderAnnotation(
      finding({ file: 'incidents/a:b,c\n::error::x.md', message: 'x\n::warning::x\r::error::y', hint: '%0A' }),
    );
    expect(line).toBe(
      '::error file=incidents/a%3Ab%2Cc%0A%3A%3Aerror%3A%3Ax.md,line=1,col=1,title=r::x%0A::warning::x%0D::error::y%0AFix: %250A%0AMore: incidents explain r',
    );
    expect(line.split('\n')).toHaveLength(1);
    record(
      context,
      'file name "a:b,c\\n::error::x.md", message with raw LF and CR',
      'annotation',
      '::error file=incidents/a%3Ab%2Cc%0A%3A%3Aerror%3A%3Ax.md,…::x%0A::warning::x%0D::error::y…',
    );
  });

  it("the CLI's text output (a `run:` step in CI) keeps a newline in a file name on its line", (context) => {
    const text = renderText(
      {
        findings: [finding({ file: 'incidents/a\n::error::forged.md', message: 'm\r::add-mask::x' })],
        files: 1,
        errors: 1,
        warnings: 0,
      },
      { color: false },
    );
    expect(text.split('\n').slice(0, 3)).toEqual([
      'incidents/a\\n::error::forged.md',
      '  1:1  error    m\\r::add-mask::x  r',
      '                fix: h',
    ]);
    record(
      context,
      'file name "a\\n::error::forged.md", message with a raw CR',
      'CLI text (CI log)',
      'incidents/a\\n::error::forged.md ⏎   1:1  error    m\\r::add-mask::x  r',
    );
  });
});

describe('(b) the job summary', () => {
  const row = (result: ValidateResult, where: string) =>
    renderMarkdown(result)
      .split('\n')
      .find((line) => line.startsWith(`| ${where} |`));

  it('an echoed value cannot inject HTML, ping anyone or link an issue', (context) => {
    expect(row(invalid(), '5:11')).toBe(
      `| 5:11 | ❌ error | severity must be one of SEV1, SEV2, SEV3, SEV4 (got 'SEV2 @&#8203;everyone fixes #&#8203;1 &lt;script&gt;x&lt;/script&gt;') | use one of SEV1, SEV2, SEV3, SEV4, or add a new severity to 'severities' in .incidents.yml | [\`severity-value\`](${DOCS}#severity-value) |`,
    );
    record(
      context,
      "severity 'SEV2 @everyone fixes #1 <script>x</script>'",
      'job summary',
      "(got 'SEV2 @&#8203;everyone fixes #&#8203;1 &lt;script&gt;x&lt;/script&gt;')",
    );
  });

  it("a value cannot imitate the tool's hidden markers", (context) => {
    expect(row(invalid(), '7:78')).toBe(
      `| 7:78 | ❌ error | unknown category '&lt;\\!-- incidents-as-code:managed:end --&gt;' | ${CATEGORIES_HINT} | [\`category-value\`](${DOCS}#category-value) |`,
    );
    record(
      context,
      "category '<!-- incidents-as-code:managed:end -->'",
      'job summary',
      "unknown category '&lt;\\!-- incidents-as-code:managed:end --&gt;'",
    );
  });

  it('pipes, LF and a lone CR cannot break the table; links, images and math stay text', (context) => {
    const result = {
      findings: [
        finding({
          message: 'a | b\nc\rd </table> [click](javascript:alert(1)) ![](http://evil/track.png) $x$ <details>',
          hint: 'GH-4 org/repo#2 @org/team',
        }),
      ],
      files: 1,
      errors: 1,
      warnings: 0,
    };
    expect(row(result, '1:1')).toBe(
      '| 1:1 | ❌ error | a &#124; b c d &lt;/table&gt; \\[click\\](javascript:alert(1)) \\!\\[\\](http://evil/track.png) \\$x\\$ &lt;details&gt; | GH-&#8203;4 org/repo#&#8203;2 @&#8203;org/team | `r` |',
    );
    record(
      context,
      'message "a | b\\nc\\rd </table> [click](javascript:…) ![](http://evil/track.png) $x$ <details>"',
      'job summary',
      'a &#124; b c d &lt;/table&gt; \\[click\\](javascript:alert(1)) \\!\\[\\](http://evil/track.png) \\$x\\$ &lt;details&gt;',
    );
  });

  it('a file name with backticks, a pipe, a newline or a marker stays one code span', (context) => {
    const result = {
      findings: [finding({ file: 'incidents/`a`|b\n<!-- incidents-as-code:follow-up x/y -->.md' })],
      files: 1,
      errors: 1,
      warnings: 0,
    };
    expect(renderMarkdown(result).split('\n')[2]).toBe(
      '### `` incidents/`a`\\|b <\u200b!-- incidents-as-code:follow-up x/y -->.md ``',
    );
    record(
      context,
      'file name "`a`|b\\n<!-- incidents-as-code:follow-up x/y -->.md"',
      'job summary',
      '### `` incidents/`a`\\|b <​!-- incidents-as-code:follow-up x/y -->.md `` (zero-width space after <)',
    );
  });
});

describe('(c) the sticky pull-request comment', () => {
  it('quotes every hostile value escaped', async (context) => {
    const result = invalid();
    const body = renderPullRequestComment(
      await pullRequestFileReports(INVALID, undefined, result, [HOSTILE_FILE]),
      result,
    );
    expect(body).toBe(
      [
        '<!-- incidents-as-code:validate-comment -->',
        '### ❌ Incident files: 5 errors, 0 warnings',
        '',
        '**`incidents/2026-03-04-hostile.md`**',
        '',
        "- ❌ line 5: severity must be one of SEV1, SEV2, SEV3, SEV4 (got 'SEV2 @&#8203;everyone fixes #&#8203;1 &lt;script&gt;x&lt;/script&gt;'). **Fix:** use one of SEV1, SEV2, SEV3, SEV4, or add a new severity to 'severities' in .incidents.yml (`severity-value`)",
        `- ❌ line 7: unknown category 'a\\\\n::warning::x\\\\r::error::y'. **Fix:** ${CATEGORIES_HINT} (\`category-value\`)`,
        `- ❌ line 7: unknown category '%0A::error::forged &#124; &lt;b&gt;x&lt;/b&gt;'. **Fix:** ${CATEGORIES_HINT} (\`category-value\`)`,
        `- ❌ line 7: unknown category '&lt;\\!-- incidents-as-code:managed:end --&gt;'. **Fix:** ${CATEGORIES_HINT} (\`category-value\`)`,
        "- ❌ line 8: unknown field '::set-output name=x::y @&#8203;org/team'. **Fix:** remove it; the fields allowed here are id, title, status, historical, severity, near\\_miss, started\\_at, detected\\_at, mitigated\\_at, resolved\\_at, detection, services, categories, tags, roles, impact, contributing\\_factors, mitigation, repeat\\_of, related, follow\\_ups, no\\_follow\\_ups\\_reason, review or source (`unknown-field`)",
        '- ➡️ To mark this mitigated: add the time it was detected (detected\\_at) and the time user impact stopped (mitigated\\_at).',
        '',
        '<sub>From incidents-as-code; this comment is updated on every push. Run `npx incidents validate` to check locally.</sub>',
      ].join('\n'),
    );
    // Only the tool's own marker, once, at the start: a forged one cannot make the tool adopt another comment.
    expect(body.split('<!--')).toHaveLength(2);
    record(
      context,
      'severity, categories and a field name with @everyone, #1, <script>, |, a marker',
      'PR comment',
      "- ❌ line 5: … (got 'SEV2 @&#8203;everyone fixes #&#8203;1 &lt;script&gt;…'); one <!-- marker only",
    );
  });

  it("stays under GitHub's 65,536-character comment limit however many hostile findings there are", (context) => {
    const findings = Array.from({ length: 3000 }, (_, i) =>
      finding({ line: i + 1, message: `unknown category '${'@|<'.repeat(20)}'` }),
    );
    const body = renderPullRequestComment([{ file: 'incidents/a.md', findings, next: undefined }], {
      errors: 3000,
      warnings: 0,
    });
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(body.split('\n').slice(5, 7)).toEqual([
      `- ❌ line 1: unknown category '${'@&#8203;&#124;&lt;'.repeat(20)}'. **Fix:** h (\`r\`)`,
      `- ❌ line 2: unknown category '${'@&#8203;&#124;&lt;'.repeat(20)}'. **Fix:** h (\`r\`)`,
    ]);
    expect(body).toContain(
      "- …and 2995 more in this file\n\n> Some findings were left out to fit GitHub's comment size limit; the job summary and `npx incidents validate` list every one.",
    );
    record(
      context,
      '3,000 findings quoting "@|<" ×20 (escaping makes them 6× longer)',
      'PR comment',
      `${body.length} characters: first 5 findings per file, then '…and 2995 more in this file'`,
    );
  });
});

describe('(d) a follow-up issue, as filed', () => {
  let server: GitHubServer;
  beforeEach(async () => {
    server = await startGitHubServer();
    server.state.addRepo(REPO, { assignable: ['someone'], defaultLabels: false });
  });
  afterEach(() => server.close());

  const FORGED_KEY = '2026-02-03-forged-commands/forged-title';

  it('files a one-line title and a body where nothing pings, links, renders or forges a marker', async (context) => {
    const report = await sync(server, VALID);
    const issue = server.state.repo(REPO)!.issues.find((i) => readKey(i.body) === FORGED_KEY)!;
    expect(issue.title).toBe(
      '[2026-02-03-forged-commands] Fix it ::add-mask::secret ::stop-commands::tok resolves #3 @someone | a </table> $x$ costs $& more',
    );
    expect(issue.body).toBe(
      [
        '<!-- incidents-as-code:managed:start (edits between these markers are replaced by the next sync) -->',
        `<!-- incidents-as-code:follow-up ${FORGED_KEY} from ${REPO} -->`,
        '**Fix it ::add-mask::secret ::stop-commands::tok resolves #&#8203;3 @&#8203;someone &#124; a &lt;/table&gt; \\$x\\$ costs \\$&amp; more**',
        '',
        'Follow-up from incident [2026-02-03-forged-commands](https://github.com/acme/reliability/blob/main/incidents/2026/2026-02-03-forged-commands.md): Checkout down ::set-output name=x::y &lt;script&gt;alert(1)&lt;/script&gt; fixes #&#8203;1 @&#8203;everyone',
        '',
        '| | |',
        '|---|---|',
        '| Severity | SEV2 |',
        '| Owner | @&#8203;org/team |',
        '',
        '> Line one ::warning::x ::error::x %0A::error::forged &lt;\\!-- incidents-as-code:managed:end --&gt; &lt;\\!-- incidents-as-code:follow-up other/key --&gt; &lt;/details&gt;&lt;details open&gt; \\!\\[\\](http://evil/track.png) \\[click\\](javascript:alert(1)) closes org/repo#&#8203;2 @&#8203;org/team',
        '',
        '<sub>Filed by incidents-as-code from `incidents/2026/2026-02-03-forged-commands.md`. Change the follow-up in that file; text outside this block is yours to edit.</sub>',
        '<!-- incidents-as-code:managed:end -->',
      ].join('\n'),
    );
    expect(readManaged(issue.body!)).toBe(issue.body);
    expect(report.failed).toBeUndefined();
    record(
      context,
      'follow-up title "Fix it\\n::add-mask::secret … resolves #3 @someone | a </table> $x$ costs $& more"; summary with markers, <details>, ![](…), [click](javascript:…), org/repo#2, @org/team',
      'follow-up issue',
      "title '[…] Fix it ::add-mask::secret … resolves #3 @someone | a </table> $x$ costs $& more'; body: resolves #&#8203;3 @&#8203;someone &#124; … &lt;\\!-- incidents-as-code:managed:end --&gt; …",
    );
  });

  it('a summary imitating the markers changes nothing on the next sync', async (context) => {
    await sync(server, VALID);
    const second = await sync(server, VALID);
    // Titles and bodies are in step; GitHub refused @everyone as an assignee on the first run, and sync does not ask again.
    expect(second.plan.operations).toEqual([]);
    expect(second.failed).toBeUndefined();
    expect(server.state.repo(REPO)!.issues.map((i) => readKey(i.body))).toEqual([
      FORGED_KEY,
      '2026-02-03-forged-commands/plain',
      '2026-02-20-second/alert',
    ]);
    record(
      context,
      'impact summary with "<!-- incidents-as-code:managed:end -->" and "<!-- incidents-as-code:follow-up other/key -->"',
      'follow-up issue',
      'second sync changes no title or body; each issue keeps its own key',
    );
  });

  it("the job summary of the sync escapes titles and GitHub's refusals", async (context) => {
    const report = await sync(server, VALID);
    const lines = renderSyncMarkdown(report).split('\n');
    expect(lines).toContain(
      '| create | [#1](https://github.com/acme/reliability/issues/1) | `2026-02-03-forged-commands/forged-title` | \\[2026-02-03-forged-commands\\] Fix it ::add-mask::secret ::stop-commands::tok resolves #&#8203;3 @&#8203;someone &#124; a &lt;/table&gt; \\$x\\$ costs \\$&amp; more |',
    );
    expect(lines).toContain(
      '> ⚠️ 2026-02-03-forged-commands/plain: GitHub refused to assign @&#8203;everyone (not a collaborator with access?); filed without an assignee',
    );
    record(
      context,
      'follow-up title with #3, @someone, |, </table>; owner @everyone',
      'sync job summary',
      '| create | [#1](…) | `…/forged-title` | … resolves #&#8203;3 @&#8203;someone &#124; a &lt;/table&gt; … |',
    );
  });

  it('a human who pastes another marker around the managed part does not change whose issue it is', (context) => {
    const body = managedBody({
      key: 'a/b',
      incidentId: 'a',
      incidentTitle: 't',
      incidentUrl: 'u',
      file: 'f.md',
      severity: 'SEV1',
      type: undefined,
      priority: undefined,
      due: undefined,
      owner: undefined,
      followUpTitle: 'f',
      impactSummary: undefined,
    });
    expect(readKey(`Copied from elsewhere: <!-- incidents-as-code:follow-up c/d -->\n\n${body}`)).toBe('a/b');
    record(
      context,
      'a person writes "<!-- incidents-as-code:follow-up c/d -->" above the managed part',
      'follow-up issue',
      "readKey → 'a/b' (the marker inside the managed part wins)",
    );
  });

  it('an incident id with spaces or "-->" (a loose id_pattern) cannot end the marker early', (context) => {
    const key = 'INC 7 --> <!-- x/fu';
    expect(identityMarker(key)).toBe('<!-- incidents-as-code:follow-up INC%207%20--%3E%20%3C%21--%20x/fu -->');
    const body = managedBody({
      key,
      incidentId: 'INC 7 --> <!-- x',
      incidentTitle: 't',
      incidentUrl: 'u',
      file: 'f.md',
      severity: 'SEV1',
      type: undefined,
      priority: undefined,
      due: undefined,
      owner: undefined,
      followUpTitle: 'f',
      impactSummary: undefined,
    });
    expect(readKey(body)).toBe(key);
    const desired = [
      {
        key,
        incidentId: 'INC 7 --> <!-- x',
        followUpId: 'fu',
        file: 'f.md',
        title: 'f',
        managedBody: body,
        labels: [],
        assignees: [],
        fileStatus: 'open' as const,
      },
    ];
    const existing = [
      {
        number: 1,
        url: 'u',
        title: 'f',
        body,
        state: 'open' as const,
        stateReason: null,
        closedAt: null,
        createdAt: '',
        labels: [],
        assignees: [],
        author: 'bot',
        app: null,
      },
    ];
    expect(
      planSync(desired, existing, {
        ownLogin: 'bot',
        source: { repo: 'acme/x', url: 'https://github.com/acme/x', isTracker: true },
        label: 'follow-up',
        onRemoved: 'close',
        reopen: false,
        managedLabels: new Set(),
        skippedIncidents: new Set(),
      }).operations,
    ).toEqual([]);
    record(
      context,
      "incident id 'INC 7 --> <!-- x'",
      'follow-up issue marker',
      '<!-- incidents-as-code:follow-up INC%207%20--%3E%20%3C%21--%20x/fu --> (read back, found again: no duplicate)',
    );
  });

  it('keeps a title with newlines, CR, NEL or line separators on one line, and $& as text', (context) => {
    expect(
      issueTitle('[{incident}] {title}', 'x', "one\ntwo\r::error::x\u0085three\u2028four\u2029five $& $' $1"),
    ).toBe("[x] one two ::error::x three four five $& $' $1");
    record(
      context,
      'title "one\\ntwo\\r::error::x\\u0085three\\u2028four\\u2029five $& $\' $1"',
      'follow-up issue title',
      "[x] one two ::error::x three four five $& $' $1",
    );
  });

  it("never exceeds GitHub's limits, however much escaping the text needs", (context) => {
    const facts = {
      key: 'a/b',
      incidentId: 'a',
      incidentTitle: '<'.repeat(70_000),
      incidentUrl: 'u',
      file: 'f.md',
      severity: 'SEV1',
      type: undefined,
      priority: undefined,
      due: undefined,
      owner: `@org/${'t'.repeat(70_000)}`,
      followUpTitle: '@'.repeat(70_000),
      impactSummary: '|'.repeat(70_000),
    };
    const body = managedBody(facts);
    expect(body.length).toBeLessThanOrEqual(MAX_ISSUE_BODY_CHARS);
    expect(readKey(body)).toBe('a/b');
    expect(body.endsWith(MANAGED_END)).toBe(true);
    expect(body.split('\n')[2]).toBe(`**${'@&#8203;'.repeat(199)}…**`);
    const title = issueTitle('[{incident}] {title}', 'a', `${'😀'.repeat(200)}\n${'x'.repeat(100)}`);
    expect(title.length).toBeLessThanOrEqual(MAX_ISSUE_TITLE_CHARS);
    expect(title).toBe(`[a] ${'😀'.repeat(125)}…`);
    record(
      context,
      'title of 70,000 "@", incident title of 70,000 "<", summary of 70,000 "|", owner of 70,000 characters; a title of 200 emoji',
      'follow-up issue',
      `body ${body.length} characters (each value cut to 200 before escaping); title ${title.length} characters, no emoji cut in half`,
    );
  });
});

describe('(e) the batch review', () => {
  const review = async () => (await batchReview({ cwd: VALID, now: NOW, period: '2026-Q1' })).report;

  it('escapes names, titles and handles from the files in the review Markdown (job summary and review issue)', async (context) => {
    const lines = renderReviewMarkdown(await review()).split('\n');
    for (const line of [
      '1. @&#8203;everyone was incident commander for 2 of 2 incidents. Is that load sustainable, and who else is ready to lead?',
      "2. Service 'checkout &lt;img src=x onerror=alert(1)&gt;' appeared in 2 incidents against a baseline of 0. Is it a trend worth investing in?",
      '- `2026-02-03-forged-commands` (SEV2): 2 h, Checkout down ::set-output name=x::y &lt;script&gt;alert(1)&lt;/script&gt; fixes #&#8203;1 @&#8203;everyone',
      '- `2026-02-20-second` (SEV3): 1 h, Checkout slow &lt;\\!-- incidents-as-code:review:end --&gt;',
      '| checkout &lt;img src=x onerror=alert(1)&gt; | 0 | 0 | 0 | 0 | 2 |',
      '| payments &#124; x | 0 | 0 | 0 | 0 | 1 |',
      '- `2026-02-03-forged-commands/forged-title`: Fix it ::add-mask::secret ::stop-commands::tok resolves #&#8203;3 @&#8203;someone &#124; a &lt;/table&gt; \\$x\\$ costs \\$&amp; more (293 days since the incident)',
      '| @&#8203;everyone | 2 | 100% |',
    ])
      expect(lines).toContain(line);
    record(
      context,
      'commander @everyone, service "checkout <img src=x onerror=alert(1)>", "payments | x", titles with <script>, #1, a review:end marker',
      'review Markdown / review issue',
      '@&#8203;everyone …; | checkout &lt;img src=x onerror=alert(1)&gt; | …; payments &#124; x; &lt;\\!-- incidents-as-code:review:end --&gt;',
    );
  });

  it("escapes the themes quoted in the review pull request's body", async (context) => {
    const body = reviewPullRequestBody(
      'Batch review of 2 incident(s).',
      (await review()).themes,
      'incidents/reviews/2026-Q1.md',
      '_No themes._',
    );
    expect(body.split('\n').slice(6, 9)).toEqual([
      '1. @&#8203;everyone was incident commander for 2 of 2 incidents. Is that load sustainable, and who else is ready to lead?',
      "2. Service 'checkout &lt;img src=x onerror=alert(1)&gt;' appeared in 2 incidents against a baseline of 0. Is it a trend worth investing in?",
      '3. The slowest mitigation was 2026-02-03-forged-commands (2 h). What would have made it faster?',
    ]);
    record(
      context,
      'commander @everyone, service "checkout <img src=x onerror=alert(1)>"',
      'review pull request body',
      "1. @&#8203;everyone was incident commander …; 2. Service 'checkout &lt;img src=x onerror=alert(1)&gt;' …",
    );
  });

  it("a title imitating the record's end marker cannot cut the generated part on the next run", async (context) => {
    const report = await review();
    const first = renderReviewRecord(report);
    const edited = `${first}\nWe agreed to page on latency. @alice owns it.\n`;
    const again = renderReviewRecord(report, edited);
    expect(again).toBe(edited);
    expect(first.split(RECORD_END)).toHaveLength(2);
    record(
      context,
      'incident title "Checkout slow <!-- incidents-as-code:review:end -->"',
      'review record (pull request file)',
      'one real end marker; regenerating over the edited record returns it unchanged',
    );
  });

  it('stays within the issue and summary limits when a name from a file is huge', async (context) => {
    const report = await review();
    const huge = { ...report, themes: [`Service '${'<@|'.repeat(100_000)}' appeared in 2 incidents.`] };
    const limit = MAX_ISSUE_BODY_CHARS - 200;
    const body = renderReviewMarkdown(huge, limit);
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(limit);
    expect(body).toBe(
      [
        '# Batch review 2026-Q1: 2026-01-01 to 2026-03-31',
        '',
        '2 incident(s) in this period; baseline: average of 4 periods, 2025-Q1 to 2025-Q4. Generated by incidents-as-code on 2026-11-23.',
        '',
        "> The review did not fit GitHub's size limit; run `incidents review` for the full report.",
        '',
      ].join('\n'),
    );
    expect(reviewPullRequestBody('h', huge.themes, 'p.md', '_No themes._').length).toBeLessThan(MAX_ISSUE_BODY_CHARS);
    record(
      context,
      'a theme quoting a 300,000-character service name of "<@|"',
      'review issue / PR body',
      'issue: the header and a note that the review did not fit; PR body: each theme cut to 1,000 characters before escaping',
    );
  });

  it('Mermaid labels drop quotes, brackets and line breaks, so a name cannot end the chart', (context) => {
    expect(barChart('t', 'y', ['a"] \n```\n<script>@everyone #1'], [1])).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '  title "t"',
        '  x-axis ["a script@everyone #1"]',
        '  y-axis "y" 0 --> 2',
        '  bar [1]',
        '```',
      ].join('\n'),
    );
    expect(pieChart('Who noticed first', [['x"\r\n```', 1]])).toBe(
      ['```mermaid', 'pie title Who noticed first', '  "x" : 1', '```'].join('\n'),
    );
    record(
      context,
      "chart label 'a\"] \\n```\\n<script>@everyone #1'",
      'review Mermaid chart',
      '["a script@everyone #1"] (inside the mermaid block: no mention, no link)',
    );
  });
});
