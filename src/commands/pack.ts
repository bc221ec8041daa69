// claims pack: print the default topic pack, a starting point for your own; --check validates one.
import fs from 'node:fs';
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { DEFAULT_PACK_PATH, loadPack } from '../packs/load.js';

export function registerPack(program: Command, io: Io, done: (code: number) => void): void {
  program.command('pack')
    .description('print the default topic pack (JSON), or check a pack with --check <file>')
    .option('--check <file>', 'validate a topic pack and report each problem')
    .action((opts: { check?: string }) => {
      if (opts.check) {
        const pack = loadPack(opts.check.startsWith('/') ? opts.check : `${io.cwd}/${opts.check}`);
        io.stdout.write(`${opts.check}: ok (${pack.id}: ${pack.stance.cues.length} cues, ${pack.limits.length} limits)\n`);
      } else io.stdout.write(fs.readFileSync(DEFAULT_PACK_PATH, 'utf8'));
      done(0);
    });
}
