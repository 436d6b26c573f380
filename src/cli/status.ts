import { readProgramStatus } from '../app/program-status';
import { renderMarkdownForTerminal } from '../report/terminal-markdown';
import { renderStatusJson } from '../status/render-json';
import { renderStatusMarkdown } from '../status/render-markdown';
import { EXIT_OK } from './exit-codes';
import { useColor, type CliIo } from './io';
import { readableFormat, type StatusFormat } from './options';

export interface StatusFlags {
  readonly config?: string;
  readonly format?: StatusFormat;
  readonly color?: boolean;
}

/** `incidents status`: for the terminal on a terminal, Markdown when piped, JSON when asked. */
export async function statusCommand(flags: StatusFlags, io: CliIo): Promise<number> {
  const { status, config } = await readProgramStatus({ cwd: io.cwd, configPath: flags.config, now: io.now });
  const severities = config.severities.map((s) => s.id);
  if (flags.format === 'json') {
    io.writeOut(renderStatusJson(status, severities));
    return EXIT_OK;
  }
  const markdown = renderStatusMarkdown(status, severities);
  io.writeOut(
    readableFormat(flags.format, io) === 'text'
      ? renderMarkdownForTerminal(markdown, { color: useColor(io, flags.color) })
      : markdown,
  );
  return EXIT_OK;
}
