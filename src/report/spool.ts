// The claims of a whole run, held in a temporary file instead of in memory. `--format json` can only
// name each person by the fullest name of the whole run once the run is over, so it keeps every
// claim until the end: as objects that took about 1.4 GB for one 10 MiB article. Here each claim is
// one line of the file (its person names and where they stand, a tab, its JSON), written as it comes and read back in
// order at the end, so memory stays that of one article part whatever the size of the run.
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { WriteError } from '../output.js';

/** One claim as the spool gives it back: its JSON, and its people's names and where they stand in it. */
export interface Spooled { persons: string[]; slots: number[]; line: string }

/** The signals that end a run from outside, after which the file must not be left behind. */
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Bytes gathered before one write to the file. */
const WRITE_CHUNK = 1 << 16;

export class Spool {
  private readonly dir: string;
  private readonly file: string;
  private fd: number | null;
  private pending = '';
  /** claims written so far */
  count = 0;

  /** removes the file when the run is interrupted, then ends the process as the signal would */
  private readonly onSignal = (signal: NodeJS.Signals) => {
    this.remove();
    process.kill(process.pid, signal);
  };

  constructor(base: string = tmpdir()) {
    try {
      this.dir = mkdtempSync(path.join(base, 'claims-'));
      this.file = path.join(this.dir, 'claims.spool');
      this.fd = openSync(this.file, 'wx', 0o600);
    } catch (err) {
      throw new WriteError(err, `the temporary folder ${base}`);
    }
    for (const signal of SIGNALS) process.once(signal, this.onSignal);
  }

  /** A claim's JSON (one line, as JSON.stringify gives it), the person names it carries and their slots (see ndjson-lines.ts). */
  add(persons: readonly string[], slots: readonly number[], json: string): void {
    // JSON.stringify escapes every tab and newline inside strings, so both can delimit
    this.pending += `${JSON.stringify([persons, slots])}\t${json}\n`;
    this.count++;
    if (this.pending.length >= WRITE_CHUNK) this.flush();
  }

  private flush(): void {
    if (this.fd === null || !this.pending) return;
    try {
      writeSync(this.fd, this.pending);
    } catch (err) {
      this.remove();
      throw new WriteError(err, `the temporary file ${this.file}`);
    }
    this.pending = '';
  }

  /** Every claim, in the order added; the file is gone once the last one is read (or reading stops). */
  async *read(): AsyncGenerator<Spooled> {
    this.flush();
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    try {
      const lines = createInterface({ input: createReadStream(this.file, { encoding: 'utf8' }), crlfDelay: Infinity });
      for await (const row of lines) {
        const tab = row.indexOf('\t');
        const [persons, slots] = JSON.parse(row.slice(0, tab)) as [string[], number[]];
        yield { persons, slots, line: row.slice(tab + 1) };
      }
    } finally {
      this.remove();
    }
  }

  /** Deletes the file and its folder; safe to call more than once. */
  remove(): void {
    for (const signal of SIGNALS) process.off(signal, this.onSignal);
    if (this.fd !== null) {
      try { closeSync(this.fd); } catch { /* already closed */ }
      this.fd = null;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
