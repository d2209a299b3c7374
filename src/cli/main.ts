import { Command, CommanderError } from 'commander';
import { commandLoaders } from './commands/index.js';
import { UsageError, UserError } from './user-error.js';

const EXIT_USER_ERROR = 1;
const EXIT_USAGE = 2;

/** The command named on the command line, when it is one we know: only it needs loading. */
function namedCommand(argv: string[]): string | undefined {
  const first = argv.find((argument) => !argument.startsWith('-'));
  return first !== undefined && Object.hasOwn(commandLoaders, first) ? first : undefined;
}

async function buildProgram(argv: string[]): Promise<Command> {
  const program = new Command('roadfolio')
    .description('Resume and portfolio builder with ATS keyword analysis, from your learning roadmap and GitHub repos')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  const named = namedCommand(argv);
  const names = named ? [named] : Object.keys(commandLoaders);
  const registers = await Promise.all(names.map((name) => commandLoaders[name]!()));
  for (const register of registers) register(program);
  // Subcommands inherit exitOverride only when set on each; commander copies settings at creation,
  // so apply it to every command now that all are registered.
  for (const command of program.commands) command.exitOverride();
  return program;
}

export async function run(argv: string[]): Promise<number> {
  const program = await buildProgram(argv);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version are "errors" to commander; they already printed what they had to.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      return EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`roadfolio: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof UserError) {
      process.stderr.write(`roadfolio: ${error.message}\n`);
      return EXIT_USER_ERROR;
    }
    throw error;
  }
}

const code = await run(process.argv.slice(2));
process.exitCode = code;
