// claims sentences <paths...>: the parser's sentences, boilerplate dropped, so the splitter can
// be used and tested alone.
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { describeEmpty, describeInputError } from '../errors.js';
import { readInputs } from '../input/read.js';
import { parseViewParts } from '../parse/article.js';
import { Output } from '../output.js';
import { formatOption, maxBytesOption, parseMaxBytes } from './options.js';
import { visible } from '../report/visible.js';
import { SCHEMA_VERSION } from '../schema.js';

export function registerSentences(program: Command, io: Io, done: (code: number) => void): void {
  program.command('sentences')
    .description("print the parser's sentences (boilerplate dropped), one a line, as JSON or as NDJSON")
    .argument('<paths...>', 'article files, directories, or - for standard input')
    .addOption(formatOption(['text', 'json', 'ndjson'], 'text'))
    .addOption(maxBytesOption())
    .action(async (paths: string[], opts: { format: string; maxBytes: string }) => {
      const out = new Output(io.stdout);
      let failed = 0;
      let first = true;
      if (opts.format === 'json') await out.write('[');
      for await (const item of readInputs(paths, { maxBytes: parseMaxBytes(opts.maxBytes), stdin: io.stdin, cwd: io.cwd })) {
        if (item.kind === 'error') {
          failed++;
          io.stderr.write(`${describeInputError(item.error)}\n`);
          if (opts.format === 'ndjson') await out.write(`${JSON.stringify(item.error)}\n`);
          continue;
        }
        if (item.kind === 'skipped') {
          if (item.reason === 'empty') io.stderr.write(`${describeEmpty(item.file)}\n`);
          continue;
        }
        const { article } = item;
        // split as extract splits (in the normalised view), shown as the source has them
        for (const part of parseViewParts(article.text, 2000)) {
          for (const s of part.sentences) {
            const record = { article: article.id, n: s.n, start: s.start, end: s.end, line: s.line, text: s.source };
            if (opts.format === 'json') {
              await out.write(`${first ? '\n' : ',\n'}${JSON.stringify(record)}`);
              first = false;
            } else if (opts.format === 'ndjson') await out.write(`${JSON.stringify({ type: 'sentence', schemaVersion: SCHEMA_VERSION, ...record })}\n`);
            else await out.write(`${visible(s.source)}\n`); // a sentence never spans lines
          }
        }
      }
      if (opts.format === 'json') await out.write(first ? ']\n' : '\n]\n');
      done(failed ? 1 : 0);
    });
}
