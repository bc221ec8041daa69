#!/usr/bin/env node
// Launcher only: the CLI lives in src/cli.ts (built to dist/).
import { main } from '../dist/cli.js';
import { processIo } from '../dist/io.js';

main(process.argv, processIo()).then((code) => { process.exitCode = code; }, (err) => {
  process.stderr.write(`claims: internal error: ${err && err.stack ? err.stack : String(err)}\n`);
  process.exitCode = 2;
});
