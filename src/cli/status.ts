import { readProgramStatus } from '../app/program-status';
import { renderMarkdownForTerminal } from '../report/terminal-markdown';
import { renderStatusMarkdown } from '../status/render-markdown';
import { EXIT_OK } from './exit-codes';
import { useColor, type CliIo } from './io';
import { readableFormat, type ReadableFormat } from './options';

export interface StatusFlags {
  readonly config?: string;
  readonly format?: ReadableFormat;
  readonly color?: boolean;
}

export function statusCommand(flags: StatusFlags, io: CliIo): number {
  const { status, config } = readProgramStatus({ cwd: io.cwd, configPath: flags.config, now: io.now });
  const markdown = renderStatusMarkdown(
    status,
    config.severities.map((s) => s.id),
  );
  io.writeOut(
    readableFormat(flags.format, io) === 'text'
      ? renderMarkdownForTerminal(markdown, { color: useColor(io, flags.color) })
      : markdown,
  );
  return EXIT_OK;
}
