/*
 * GitHub's limits on what the tool writes there, in one place: a text over
 * one of them is refused outright (422), so every writer cuts to these.
 */

/** GitHub refuses issue and pull request titles over 256 characters. */
export const MAX_ISSUE_TITLE_CHARS = 256;

/** GitHub refuses issue bodies over 65,536 characters. */
export const MAX_ISSUE_BODY_CHARS = 65_536;

/** GitHub refuses comment bodies over 65,536 characters; a file full of bad values must not cost the comment. */
export const MAX_COMMENT_CHARS = 65_536;

/** GitHub refuses a step summary over 1 MiB; stay under it with room for the notes we add. */
export const MAX_SUMMARY_BYTES = 1024 * 1024 - 4096;
