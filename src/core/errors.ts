import type { Finding } from './finding';

/** The command was called wrongly (a bad flag, a path that does not exist): exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The configuration cannot be used: exit 2, with findings that say where. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    message: string,
    readonly findings: readonly Finding[],
  ) {
    super(message);
  }
}

/** GitHub refused or failed a write the command was asked to make (declare, a review pull request): exit 1, one line. */
export class PublishError extends Error {
  override readonly name = 'PublishError';
}
