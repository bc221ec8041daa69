// claims eval --gold <dir> [paths]: accuracy of the claims against gold labels.
import * as path from 'node:path';
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { describeInputError, UsageError } from '../errors.js';
import { NameBook } from '../names.js';
import { GoldError, matchGold, readGoldFiles, unknownLimits, type GoldFile } from '../eval/gold.js';
import { score } from '../eval/score.js';
import { evalText } from '../eval/report.js';
import { collect } from '../pipeline.js';
import { formatOption, maxBytesOption, packOption, parseMaxBytes, topicFrom } from './options.js';
import { Output } from '../output.js';

export function registerEval(program: Command, io: Io, done: (code: number) => void): void {
  program.command('eval')
    .description('score the claims of the articles against gold labels')
    .requiredOption('--gold <dir>', 'directory of gold label files (*.json)')
    .argument('[paths...]', 'articles to extract (default: corpus/)')
    .addOption(formatOption(['table', 'json'], 'table'))
    .option('--json', 'the same as --format json (kept for old scripts)')
    .option('--errors', 'list each wrong sentence with its gold and predicted labels')
    .addOption(packOption())
    .addOption(maxBytesOption())
    .action(async (paths: string[], opts: { gold: string; format: string; json?: boolean; errors?: boolean; pack?: string; maxBytes: string }) => {
      let files: GoldFile[];
      // gold files are named as the user named the directory
      const shown = (file: string) => (path.isAbsolute(opts.gold) ? file : path.relative(io.cwd, file));
      try {
        files = readGoldFiles(path.resolve(io.cwd, opts.gold)).map((f) => ({ ...f, path: shown(f.path) }));
      } catch (err) {
        if (err instanceof GoldError) throw new UsageError(err.message.replace(`${path.resolve(io.cwd)}/`, ''));
        throw err;
      }
      const topic = await topicFrom(opts.pack, io.cwd);
      // gold that labels limits the pack does not have cannot be scored with it: say so before extracting
      const unknown = unknownLimits(files, new Set(topic.pack.limits.map((l) => l.id)));
      if (unknown.length) throw new UsageError(unknown.join('; '));
      const run = await collect(paths.length ? paths : ['corpus'], { maxBytes: parseMaxBytes(opts.maxBytes), stdin: io.stdin, cwd: io.cwd, topic });
      for (const e of run.errors) io.stderr.write(`${describeInputError(e)}\n`);
      const { gold, warnings } = matchGold(files, run.inputs, opts.gold);
      for (const w of warnings) io.stderr.write(`claims: warning: ${w}\n`);
      const names = new NameBook();
      names.learn(run.claims);
      const scored = new Set(gold.map((g) => g.article));
      const claims = names.apply(run.claims).filter((c) => scored.has(c.article));
      const { figures, errors } = score(gold, claims);
      const out = new Output(io.stdout);
      if (opts.json || opts.format === 'json') await out.write(`${JSON.stringify({ figures, errors }, null, 2)}\n`);
      else await out.write(evalText(figures, gold.length, claims.length, opts.errors ? errors : null));
      done(run.errors.length ? 1 : 0);
    });
}
