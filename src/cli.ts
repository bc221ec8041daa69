// The command line: parse options -> run -> report -> exit code. main() never calls
// process.exit; it returns 0 (done), 1 (done, some input failed), 2 (usage or fatal error) or
// 3 (the output could not be written).
import { Command, CommanderError } from 'commander';
import type { Io } from './io.js';
import { UsageError } from './errors.js';
import { PackError, describePackError } from './packs/errors.js';
import { EXIT_WRITE_ERROR, watchStream, WriteError, writeFailure } from './output.js';
import { visible } from './report/visible.js';
export type CommandResult = { code: number };
export type Register = (program: Command, io: Io, done: (code: number) => void) => void;

/**
 * Each command and where its module is, in the order help lists them. A run loads only the
 * module of the command it names (the others bring the table, CSV, diff, HTML and queue libraries:
 * start-up); help, a misspelt command or anything else loads them all.
 */
const REGISTRY: ReadonlyArray<readonly [string, () => Promise<Register>]> = [
  ['extract', async () => (await import('./commands/extract.js')).registerExtract],
  ['sentences', async () => (await import('./commands/sentences.js')).registerSentences],
  ['eval', async () => (await import('./commands/eval.js')).registerEval],
  ['schema', async () => (await import('./commands/schema.js')).registerSchema],
  ['pack', async () => (await import('./commands/pack.js')).registerPack],
  ['diff', async () => (await import('./commands/diff.js')).registerDiff],
  ['matrix', async () => (await import('./commands/matrix.js')).registerMatrix],
  ['report', async () => (await import('./commands/report.js')).registerReport],
  ['queue', async () => (await import('./commands/queue.js')).registerQueue],
  ['worker', async () => (await import('./commands/worker.js')).registerWorker],
  ['text', async () => (await import('./commands/text.js')).registerText],
];

/** The commands to register for a command line: the one it names, or all. */
async function registersFor(argv: readonly string[]): Promise<Register[]> {
  const named = REGISTRY.filter(([name]) => name === argv[2]);
  return Promise.all((named.length === 1 ? named : REGISTRY).map(([, load]) => load()));
}

/** `claims extract: unknown option '--bogus'` and a hint, never the whole help page. */
function usageLine(command: string, message: string): string {
  const name = command === 'claims' ? 'claims' : `claims ${command}`;
  return `${name}: ${visible(message.replace(/^error: /u, '').trim())}\nsee '${name} --help'\n`;
}

function quietly(io: Io, command: string) {
  return {
    writeOut: (s: string) => { io.stdout.write(s); },
    writeErr: (s: string) => { io.stderr.write(s); },
    outputError: (s: string) => { io.stderr.write(usageLine(command, s)); },
  };
}

export async function buildProgram(io: Io, done: (code: number) => void, argv: readonly string[] = []): Promise<Command> {
  const program = new Command('claims')
    .description('Who claims what about a policy question, sentence by sentence, in news articles.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput(quietly(io, 'claims'));
  for (const register of await registersFor(argv)) register(program, io, done);
  program.addHelpText('after', `
Examples:
  claims extract corpus/                         table of every sentence's claim
  claims extract corpus/ --format json | jq .    the same as JSON records
  claims extract corpus/ --speaker Blinken --claims-only
  claims eval --gold fixtures/gold corpus/       accuracy against gold labels
  claims diff corpus/001_0bb1e9a035e83043.txt corpus/003_85b5e2748be9e748.txt`);
  configureAll(program, io);
  return program;
}

/** `queue add` for the command `claims queue add`: the words a user typed to reach it. */
function pathOf(cmd: Command): string {
  const words: string[] = [];
  for (let c: Command | null = cmd; c && c.parent; c = c.parent) words.unshift(c.name());
  return words.join(' ') || 'claims';
}

/** Every command and subcommand: usage errors as one line and a hint naming the whole command. */
function configureAll(parent: Command, io: Io): void {
  for (const cmd of parent.commands) {
    cmd.exitOverride().configureOutput(quietly(io, pathOf(cmd))).showHelpAfterError(false);
    configureAll(cmd, io);
  }
}

export async function main(argv: string[], io: Io): Promise<number> {
  watchStream(io.stdout);
  watchStream(io.stderr);
  const code = await run(argv, io);
  // a write error surfaces on the stream's next tick
  await new Promise((resolve) => setImmediate(resolve));
  const failure = writeFailure(io.stdout);
  if (failure) {
    io.stderr.write(`claims: ${failure.message}\n`);
    return EXIT_WRITE_ERROR;
  }
  return code;
}

async function run(argv: string[], io: Io): Promise<number> {
  let code = 0;
  let command = 'claims';
  const program = await buildProgram(io, (c) => { code = c; }, argv);
  program.hook('preAction', (_program, action) => { command = pathOf(action); });
  try {
    if (argv.length <= 2) {
      program.outputHelp();
      return 2;
    }
    await program.parseAsync(argv);
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    if (err instanceof UsageError) {
      io.stderr.write(usageLine(command, err.message));
      return 2;
    }
    if (err instanceof PackError) {
      io.stderr.write(describePackError(err));
      return 2;
    }
    if (err instanceof WriteError) {
      io.stderr.write(`claims: ${visible(err.message)}\n`);
      return EXIT_WRITE_ERROR;
    }
    throw err;
  }
}
