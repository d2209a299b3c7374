import { Command, CommanderError } from 'commander';
import { commandLoaders } from './commands/index.js';
import { commandSummaries } from './commands/summaries.js';
import { describeFailure, EXIT_USAGE, EXIT_USER_ERROR } from './describe-failure.js';
import { terminalSafe } from './terminal-text.js';

/** The command named on the command line (`build`, or `help build`), when it is one we know: only it needs loading. */
function namedCommand(argv: string[]): string | undefined {
  const words = argv.filter((argument) => !argument.startsWith('-'));
  const first = words[0] === 'help' ? words[1] : words[0];
  return first !== undefined && Object.hasOwn(commandLoaders, first) ? first : undefined;
}

/**
 * Without a known command (`roadfolio`, `--help`, `--version`, a typo) the program only needs the
 * command list: each command is a stub with its summary, and no command module is loaded.
 */
function addCommandStubs(program: Command): void {
  for (const [name, summary] of Object.entries(commandSummaries)) program.command(name).description(summary.description);
  program.configureHelp({
    subcommandTerm: (command) => command.name() === 'help' ? 'help [command]' : [command.name(), commandSummaries[command.name()]?.args ?? ''].filter(Boolean).join(' '),
  });
}

async function buildProgram(argv: string[]): Promise<Command> {
  const program = new Command('roadfolio')
    .description('Resume and portfolio builder with ATS keyword analysis, from your learning roadmap and GitHub repos')
    .version('0.1.0')
    .option('--debug', 'on an error, print the stack trace too')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  const named = namedCommand(argv);
  if (named) (await commandLoaders[named]!())(program);
  else addCommandStubs(program);
  // Subcommands inherit exitOverride only when set on each; commander copies settings at creation,
  // so apply it to every command now that all are registered.
  for (const command of program.commands) command.exitOverride();
  return program;
}

let debug = false;

function fail(error: unknown): number {
  const failure = describeFailure(error);
  process.stderr.write(`roadfolio: ${failure.message}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  return failure.exitCode;
}

export async function run(argv: string[]): Promise<number> {
  // --debug anywhere on the line (before or after the command) is ours, not the command's.
  debug = argv.includes('--debug');
  const args = argv.filter((argument) => argument !== '--debug');
  let program: Command;
  try {
    program = await buildProgram(args);
    await program.parseAsync(args, { from: 'user' });
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version are "errors" to commander; they already printed what they had to.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
      return EXIT_USAGE;
    }
    return fail(error);
  }
}

/**
 * Everything the CLI prints goes through here: outside text cannot drive the terminal, and a
 * closed pipe (`| head`) or a full disk (`> /dev/full`) ends the run with one line instead of a
 * crash. Colour codes survive only where we paint (a terminal without NO_COLOR).
 */
function guardOutput(stream: NodeJS.WriteStream, name: string): void {
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const keepColour = stream.isTTY === true && !process.env.NO_COLOR;
  stream.write = ((chunk: unknown, ...rest: unknown[]) => write(typeof chunk === 'string' ? terminalSafe(chunk, keepColour) : chunk, ...rest)) as typeof stream.write;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (name === 'stderr') process.exit(EXIT_USER_ERROR);
    const reason = error.code === 'EPIPE' ? 'the program reading the output closed it early' : describeFailure(error).message;
    try {
      process.stderr.write(`roadfolio: stopped writing to standard output: ${reason}\n`);
    } finally {
      process.exit(EXIT_USER_ERROR);
    }
  });
}

guardOutput(process.stdout, 'stdout');
guardOutput(process.stderr, 'stderr');
process.on('unhandledRejection', (error) => { process.exitCode = fail(error); process.exit(); });

const code = await run(process.argv.slice(2));
process.exitCode = code;
