import { cut } from '../../core/text';
import { GITHUB_TOKEN_CHECKS_NOTE } from '../../core/pull-request-checks';
import { escapeMarkdown, inlineCode } from '../../core/markdown-escape';

/** Longest theme quoted: five of them, escaped, stay far below GitHub's 65,536-character body limit. */
const MAX_THEME_CHARS = 1000;

/**
 * The body of the batch review's pull request. The themes quote names from
 * incident files and the config (services, handles, goals): escaped like
 * every other piece of the review, so they cannot ping, link or inject.
 */
export function reviewPullRequestBody(
  headline: string,
  themes: readonly string[],
  path: string,
  noThemes: string,
): string {
  return [
    headline,
    '',
    `This pull request adds the draft batch review record ${inlineCode(path)}. Read it before the review meeting, then add the meeting's notes, attendees and decisions to the file on this branch and merge it.`,
    '',
    '**Themes for discussion**',
    '',
    ...(themes.length ? themes.map((t, i) => `${i + 1}. ${escapeMarkdown(cut(t, MAX_THEME_CHARS))}`) : [noThemes]),
    '',
    GITHUB_TOKEN_CHECKS_NOTE,
    '',
    '<sub>Opened by incidents-as-code. Re-runs update this pull request; text outside the generated part of the file is kept.</sub>',
  ].join('\n');
}
