// A CLI with only `incidents new`, wired as src/cli/index.ts wires the real one: the terminal test drives it.
import { Command } from 'commander';
import { newCommand, type NewFlags } from '../src/cli/new';
import { newOptions } from '../src/cli/options';

const io = {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTty: Boolean(process.stdout.isTTY),
  now: new Date(),
  writeOut: (text: string) => process.stdout.write(text),
  writeErr: (text: string) => process.stderr.write(text),
};
const program = new Command('incidents');
const command = program.command('new');
for (const option of newOptions()) command.addOption(option);
command.action(async (flags: NewFlags) => {
  process.exitCode = await newCommand(flags, io);
});
await program.parseAsync(process.argv.slice(2), { from: 'user' });
