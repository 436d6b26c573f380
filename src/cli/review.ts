import path from 'node:path';
import { batchReview } from '../app/batch-review';
import { UsageError } from '../core/errors';
import { checkPlace, writeFileAtomic } from '../incidents/write-file';
import { renderReviewJson } from '../review/render/json';
import { leftOutNote } from '../review/render/left-out';
import { renderReviewMarkdown } from '../review/render/markdown';
import { renderMarkdownForTerminal } from '../report/terminal-markdown';
import { EXIT_OK } from './exit-codes';
import { useColor, type CliIo } from './io';
import { readableFormat, type REVIEW_FORMATS } from './options';

export interface ReviewFlags {
  readonly period?: string;
  readonly from?: string;
  readonly to?: string;
  readonly last?: string;
  /** Default: text on a terminal, md when piped or written to a file. */
  readonly format?: (typeof REVIEW_FORMATS)[number];
  readonly color?: boolean;
  readonly out?: string;
  readonly config?: string;
  readonly allMembers?: boolean;
}

/** A usage error about --out, said as one. */
function asOutError(run: () => void): void {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError) throw new UsageError(`--out: ${error.message}`);
    throw error;
  }
}

export async function reviewCommand(flags: ReviewFlags, io: CliIo): Promise<number> {
  const out = flags.out === undefined ? undefined : path.resolve(io.cwd, flags.out);
  // Said before the review is computed, not after.
  if (out !== undefined) asOutError(() => checkPlace(out, { shown: flags.out }));
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
  const { report, skipped } = await batchReview({
    cwd: io.cwd,
    configPath: flags.config,
    now: io.now,
    period: flags.period,
    from: flags.from,
    to: flags.to,
    last: flags.last,
    ...(io.workerEntry ? { workerEntry: io.workerEntry } : {}),
    ...(token
      ? {
          github: {
            token,
            apiUrl: io.env.GITHUB_API_URL || 'https://api.github.com',
            serverUrl: io.env.GITHUB_SERVER_URL || 'https://github.com',
            repo: io.env.GITHUB_REPOSITORY || undefined,
            log: { info: () => undefined, warn: (m) => io.writeErr(`warning: ${m}\n`) },
            ...(io.githubTiming ? { timing: io.githubTiming } : {}),
          },
        }
      : {}),
  });
  if (skipped.length) io.writeErr(`note: ${leftOutNote(skipped)}\n`);
  const format = flags.format === 'json' ? 'json' : readableFormat(flags.format, io, out !== undefined);
  const text =
    format === 'json'
      ? renderReviewJson(report, { allMembers: flags.allMembers === true })
      : format === 'text'
        ? renderMarkdownForTerminal(renderReviewMarkdown(report), { color: useColor(io, flags.color) })
        : renderReviewMarkdown(report);
  if (out !== undefined) {
    asOutError(() => writeFileAtomic(out, text, { shown: flags.out }));
    io.writeErr(`wrote ${flags.out}\n`);
  } else {
    io.writeOut(text);
  }
  return EXIT_OK;
}
