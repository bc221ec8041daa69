// claims schema: the JSON Schema of a claim record, made from the zod schema.
import type { Command } from 'commander';
import type { Io } from '../io.js';
import { claimJsonSchema } from '../schema.js';

export function registerSchema(program: Command, io: Io, done: (code: number) => void): void {
  program.command('schema')
    .description('print the JSON Schema of the claim records (--format json and ndjson)')
    .action(() => {
      io.stdout.write(`${JSON.stringify(claimJsonSchema(), null, 2)}\n`);
      done(0);
    });
}
