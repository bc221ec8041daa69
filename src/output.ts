// Writing to stdout with backpressure. A reader that goes away (`claims extract corpus/ | head -1`)
// ends the run quietly; any other write error (a full disk) is remembered, stops the writing and
// becomes one line and exit code 3 in main().
import type { OutStream } from './io.js';
import { errnoCode, errnoWords } from './errno.js';

/** Exit code of a run whose output could not be written (not EPIPE: a closed reader is fine). */
export const EXIT_WRITE_ERROR = 3;

/** Output, or a file the run writes on its way (`what`), could not be written: one line, exit 3. */
export class WriteError extends Error {
  constructor(readonly cause: unknown, what = 'output') {
    super(`cannot write ${what}: ${errnoWords(cause)}`);
  }
}

interface StreamState { closed: boolean; error: unknown }
type Listening = { on?(e: string, f: (err: NodeJS.ErrnoException) => void): unknown };

const states = new WeakMap<object, StreamState>();

/** Listens once per stream for its errors; EPIPE marks it closed, anything else is kept. */
export function watchStream(stream: OutStream): StreamState {
  let state = states.get(stream);
  if (state) return state;
  const s: StreamState = { closed: false, error: undefined };
  states.set(stream, s);
  (stream as unknown as Listening).on?.('error', (err: NodeJS.ErrnoException) => {
    s.closed = true;
    if (err.code !== 'EPIPE' && err.code !== 'ERR_STREAM_DESTROYED' && s.error === undefined) s.error = err;
  });
  state = s;
  return state;
}

/** The write error a stream met, if any (EPIPE is not one). */
export function writeFailure(stream: OutStream): WriteError | undefined {
  const error = states.get(stream)?.error;
  return error === undefined ? undefined : new WriteError(error);
}

export class Output {
  private readonly state: StreamState;
  constructor(private readonly stream: OutStream) {
    this.state = watchStream(stream);
  }

  get closed(): boolean {
    return this.state.closed;
  }

  async write(chunk: string): Promise<void> {
    if (this.state.closed || !chunk) return;
    let ok: boolean;
    try {
      ok = this.stream.write(chunk);
    } catch (err) {
      // some streams throw instead of emitting (a destroyed socket, a test double)
      this.state.closed = true;
      if (errnoCode(err) !== 'EPIPE') this.state.error ??= err;
      return;
    }
    if (!ok && this.stream.once && !this.state.closed) {
      // wait for drain, or for the reader to go away; whichever comes, the other listener goes
      const s = this.stream as unknown as { once(e: string, f: () => void): void; off?(e: string, f: () => void): void };
      await new Promise<void>((resolve) => {
        const done = () => {
          s.off?.('drain', done);
          s.off?.('close', done);
          s.off?.('error', done);
          resolve();
        };
        s.once('drain', done);
        s.once('close', done);
        s.once('error', done);
      });
    }
  }
}
