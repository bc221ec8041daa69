// claims pack: the topic packs. `pack [name]` prints a pack (default: the default pack);
// `--list` names the built-in ones; `--check <file>` validates one; `new <id>` writes a starter.
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { UsageError } from '../errors.js';
import { Output } from '../output.js';
import { builtinPacks, DEFAULT_PACK_ID, loadNamedPack, loadPack, resolvePack } from '../packs/load.js';
import { starterPack } from '../packs/starter.js';
import { visible } from '../report/visible.js';
import { errnoWords } from '../errno.js';

interface PackOptions { check?: string; list?: boolean; output?: string }

const ID = /^[a-z0-9][a-z0-9._-]*$/u;

export function registerPack(program: Command, io: Io, done: (code: number) => void): void {
  program.command('pack')
    .description('print a topic pack (JSON), list the built-in ones, check one, or start a new one')
    .argument('[words...]', '<name> to print a built-in pack, or new <id> to write a starter pack')
    .option('--check <file|name>', 'validate a topic pack and report each problem')
    .option('--list', 'list the built-in packs')
    .option('-o, --output <file>', 'with new: where to write the starter pack (default <id>.json; - for stdout)')
    .addHelpText('after', `
Examples:
  claims pack --list                       the built-in packs
  claims pack congestion-charge            print one (the default without a name)
  claims pack new school-phones            write school-phones.json, each field explained
  claims pack --check school-phones.json   one line per problem, naming the field`)
    .action(async (words: string[], opts: PackOptions) => {
      done(await runPack(words, opts, io));
    });
}

async function runPack(words: string[], opts: PackOptions, io: Io): Promise<number> {
  const out = new Output(io.stdout);
  if (opts.check !== undefined) {
    const pack = loadNamedPack(opts.check, io.cwd);
    await out.write(`${visible(opts.check)}: ok (${pack.id}: ${pack.stance.cues.length} cues, ${pack.limits.length} limits)\n`);
    return 0;
  }
  if (opts.list) {
    for (const { name, file } of builtinPacks()) {
      const pack = loadPack(file);
      await out.write(`${name.padEnd(20)} ${pack.label} (${pack.stance.cues.length} cues, ${pack.limits.length} limits)${name === DEFAULT_PACK_ID ? ' [default]' : ''}\n`);
    }
    return 0;
  }
  if (words[0] === 'new') return newPack(words.slice(1), opts, io, out);
  if (words.length > 1) throw new UsageError(`give one pack name, not ${words.length}`);
  const file = resolvePack(words[0] ?? DEFAULT_PACK_ID, io.cwd);
  loadPack(file); // print only a pack that loads
  await out.write(fs.readFileSync(file, 'utf8'));
  return 0;
}

async function newPack(args: string[], opts: PackOptions, io: Io, out: Output): Promise<number> {
  if (args.length !== 1) throw new UsageError('pack new takes one id: claims pack new <id>');
  const id = args[0]!;
  if (!ID.test(id)) throw new UsageError(`pack id "${id}" must be lower-case letters, digits, ".", "_" or "-"`);
  const text = starterPack(id);
  const target = opts.output ?? `${id}.json`;
  if (target === '-') { await out.write(text); return 0; }
  const file = path.resolve(io.cwd, target);
  try {
    fs.writeFileSync(file, text, { flag: 'wx' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`${target} already exists; give another name with -o <file>`);
    throw new UsageError(`${target}: cannot write: ${errnoWords(err)}`);
  }
  io.stderr.write(`claims: wrote ${visible(target)}; edit it, then: claims pack --check ${visible(target)}\n`);
  return 0;
}
