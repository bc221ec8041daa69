// claims eval --gold <dir> [paths]: accuracy of the claims against gold labels.
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { describeInputError, UsageError } from '../errors.js';
import { NameBook } from '../names.js';
import { readGold, GoldError } from '../eval/gold.js';
import { score } from '../eval/score.js';
import { evalText } from '../eval/report.js';
import { collect } from '../pipeline.js';
import { maxBytesOption, packOption, parseMaxBytes, topicFrom } from './options.js';

export function registerEval(program: Command, io: Io, done: (code: number) => void): void {
  program.command('eval')
    .description('score the claims of the articles against gold labels')
    .requiredOption('--gold <dir>', 'directory of gold label files (*.json)')
    .argument('[paths...]', 'articles to extract (default: corpus/)')
    .option('--json', 'print the figures and errors as JSON')
    .option('--errors', 'list each wrong sentence with its gold and predicted labels')
    .addOption(packOption())
    .addOption(maxBytesOption())
    .action(async (paths: string[], opts: { gold: string; json?: boolean; errors?: boolean; pack?: string; maxBytes: string }) => {
      let gold;
      try {
        gold = readGold(opts.gold.startsWith('/') ? opts.gold : `${io.cwd}/${opts.gold}`);
      } catch (err) {
        if (err instanceof GoldError) throw new UsageError(err.message.replace(`${io.cwd}/`, ''));
        throw err;
      }
      const run = await collect(paths.length ? paths : ['corpus'], { maxBytes: parseMaxBytes(opts.maxBytes), stdin: io.stdin, cwd: io.cwd, topic: topicFrom(opts.pack) });
      for (const e of run.errors) io.stderr.write(`${describeInputError(e)}\n`);
      const names = new NameBook();
      names.learn(run.claims);
      const { figures, errors } = score(gold, names.apply(run.claims));
      if (opts.json) io.stdout.write(`${JSON.stringify({ figures, errors }, null, 2)}\n`);
      else io.stdout.write(evalText(figures, gold.length, run.claims.length, opts.errors ? errors : null));
      done(run.errors.length ? 1 : 0);
    });
}
