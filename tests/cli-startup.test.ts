// `roadfolio --help` lists every command from src/cli/commands/summaries.ts without loading any
// command module; the table must say what each command's own file registers.
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { commandLoaders } from '../src/cli/commands/index.js';
import { commandSummaries } from '../src/cli/commands/summaries.js';

describe('the overall help', () => {
  it('lists each command with the arguments and description its own file registers', async () => {
    const program = new Command('roadfolio');
    for (const load of Object.values(commandLoaders)) (await load())(program);
    const help = program.createHelp();
    const registered = Object.fromEntries(program.commands.map((command) => [command.name(), {
      args: help.subcommandTerm(command).slice(command.name().length).trim(),
      description: command.description(),
    }]));
    expect(commandSummaries).toEqual(registered);
  });
});
