import { existsSync, statSync } from 'node:fs';
import { ConfigError } from '../../core/errors';
import type { Finding } from '../../core/finding';
import { decodeText } from '../decode';
import { FILE_NOT_TEXT, FILE_TOO_LARGE } from '../file-rules';
import { MAX_FILE_BYTES, sizeOverLimit } from '../limits';
import { readBounded } from './bounded';

export function unusableConfig(
  file: string,
  summary: string,
  finding: Omit<Finding, 'file' | 'severity' | 'line' | 'column'> & Partial<Pick<Finding, 'line' | 'column'>>,
): ConfigError {
  return new ConfigError(`${file} ${summary}`, [{ file, line: 1, column: 1, severity: 'error', ...finding }]);
}

/**
 * The config's text, or undefined when there is no such file; throws
 * ConfigError when it is not a small UTF-8 text file.
 */
export function readConfigText(absolute: string, file: string): string | undefined {
  if (!existsSync(absolute)) return undefined;
  if (statSync(absolute).isDirectory()) {
    throw new ConfigError(
      `${file} is a folder; the config must be a file of that name (remove or rename the folder)`,
      [],
    );
  }
  const read = readBounded(absolute);
  if ('tooLarge' in read) {
    const sizes = sizeOverLimit(read.tooLarge, MAX_FILE_BYTES);
    throw unusableConfig(file, 'is too large to be a config file', {
      rule: FILE_TOO_LARGE.id,
      message: `the config is ${sizes.size}, larger than the ${sizes.limit} limit for a config file`,
      hint: 'a config is a page of settings; check that the right file is named .incidents.yml',
    });
  }
  if ('notRegular' in read) {
    throw new ConfigError(
      `${file} is ${read.notRegular}, not a regular file; the config must be a file (it was not read)`,
      [],
    );
  }
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) {
    throw unusableConfig(file, 'is not UTF-8 text', {
      rule: FILE_NOT_TEXT.id,
      ...decoded.position,
      message:
        decoded.problem === 'binary'
          ? 'the config contains a NUL byte: it looks like a binary file, not YAML'
          : 'the config is not valid UTF-8 text',
      hint: 'save the file as UTF-8 (most editors: "Save with encoding"); the first invalid byte is here',
    });
  }
  return decoded.text;
}
