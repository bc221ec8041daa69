// claims text <paths...>: the text each article is read as, the text that every claim's
// start/end index: for a .txt file the file itself, for an HTML page what Readability found,
// for an archive each record's text. So `claim.text === text.slice(claim.start, claim.end)`.
import { Option, type Command } from 'commander';
import type { Io } from '../io.js';
import { describeInputError } from '../errors.js';
import { readInputs, type InputFormat } from '../input/read.js';
import { Output } from '../output.js';
import { inputOption, maxBytesOption, parseMaxBytes } from './options.js';

interface TextOptions { format: string; maxBytes: string; input?: InputFormat }

export function registerText(program: Command, io: Io, done: (code: number) => void): void {
  program.command('text')
    .description('print the text each article is read as (what start/end index): a page\'s article text, an archive\'s records')
    .argument('<paths...>', 'article files (.txt, .md, .html, .jsonl), directories, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'text: the texts as they are; json: [{article, file, meta, text}]').choices(['text', 'json']).default('text'))
    .addOption(inputOption())
    .addOption(maxBytesOption())
    .addHelpText('after', `
Examples:
  claims text saved-page.html
  claims text archive.jsonl --format json | jq -r '.[0].text'`)
    .action(async (paths: string[], opts: TextOptions) => {
      const out = new Output(io.stdout);
      let failed = 0;
      let first = true;
      if (opts.format === 'json') await out.write('[');
      for await (const item of readInputs(paths, { maxBytes: parseMaxBytes(opts.maxBytes), stdin: io.stdin, cwd: io.cwd, input: opts.input })) {
        if (out.closed) break;
        if (item.kind === 'error') { failed++; io.stderr.write(`${describeInputError(item.error)}\n`); continue; }
        if (item.kind === 'skipped') continue;
        const { id, file, meta, text } = item.article;
        if (opts.format === 'json') {
          await out.write(`${first ? '\n' : ',\n'}${JSON.stringify({ article: id, file, meta, text })}`);
          first = false;
        } else await out.write(text);
      }
      if (opts.format === 'json') await out.write(first ? ']\n' : '\n]\n');
      done(failed ? 1 : 0);
    });
}
