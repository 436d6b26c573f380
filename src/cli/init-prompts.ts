import { input } from '@inquirer/prompts';
import { parseBranch, parseIdList, type InitAnswers, type Parsed } from '../init/answers';

export interface InitPrompts {
  /** Whether someone can answer: standard input is a terminal. */
  available(): boolean;
  /** Asks what the flags did not give; the defaults are the flags' values. */
  ask(defaults: InitAnswers): Promise<InitAnswers>;
}

async function ask<T>(message: string, parse: (text: string) => Parsed<T>, initial: string): Promise<T> {
  const answer = await input({
    message,
    default: initial,
    validate: (text) => {
      const parsed = parse(text);
      return parsed.ok ? true : parsed.reason;
    },
  });
  const parsed = parse(answer);
  if (!parsed.ok) throw new Error(`an answer that passed its check failed it again: ${parsed.reason}`);
  return parsed.value;
}

export const terminalInitPrompts: InitPrompts = {
  available: () => Boolean(process.stdin.isTTY),
  async ask(defaults) {
    const severities = await ask(
      'Severities, most severe first (comma-separated):',
      (text) => parseIdList(text, 'severity', false),
      defaults.severities.join(', '),
    );
    const categories = await ask(
      'Categories incidents are filed under:',
      (text) => parseIdList(text, 'category', false),
      defaults.categories.join(', '),
    );
    const services = await ask(
      'Services (your catalog; Enter for none: any name is accepted):',
      (text) => parseIdList(text, 'service', true),
      defaults.services.join(', '),
    );
    const branch = await ask('Default branch (its pushes file the follow-ups):', parseBranch, defaults.branch);
    return { severities, categories, services, branch };
  },
};
