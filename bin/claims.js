#!/usr/bin/env node
// Launcher only: the CLI lives in src/cli.ts (built to dist/).
//
// Two V8 settings first, before any of our code is compiled. A run over a few hundred articles
// spends most of its CPU warming up (interpreting, then optimising, over 500 functions), not in
// optimised code; V8's defaults are tuned for long-lived pages. Both change only how the same
// code is compiled, never what it does (README, "Speed": measured on the labelled articles and
// the corpus repeated to 10 MB):
//   --always-sparkplug      compile a function to baseline code at its first call, so the first
//                           articles do not run in the bytecode interpreter
//   --max-inlined-bytecode-size-cumulative=300
//                           inline less into each optimised function (V8's default: 920), so that
//                           optimising the rules' many functions costs less compile time
// They are process-wide, so worker threads (--jobs) get them too.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--always-sparkplug');
setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');

const [{ main }, { processIo }] = await Promise.all([import('../dist/cli.js'), import('../dist/io.js')]);

main(process.argv, processIo()).then((code) => { process.exitCode = code; }, (err) => {
  process.stderr.write(`claims: internal error: ${err && err.stack ? err.stack : String(err)}\n`);
  process.exitCode = 2;
});
