// Writing to stdout with backpressure, and ending quietly when the reader goes away
// (`claims extract corpus/ | head -1`).
import type { OutStream } from './io.js';

export class Output {
  closed = false;
  constructor(private readonly stream: OutStream) {
    const s = stream as unknown as NodeJS.WritableStream & { on?: (e: string, f: (err: NodeJS.ErrnoException) => void) => void };
    s.on?.('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else throw err;
    });
  }

  async write(chunk: string): Promise<void> {
    if (this.closed || !chunk) return;
    const ok = this.stream.write(chunk);
    if (!ok && this.stream.once && !this.closed) {
      // wait for drain, or for the reader to go away; whichever comes, the other listener goes
      const s = this.stream as unknown as { once(e: string, f: () => void): void; off?(e: string, f: () => void): void };
      await new Promise<void>((resolve) => {
        const done = () => {
          s.off?.('drain', done);
          s.off?.('close', done);
          resolve();
        };
        s.once('drain', done);
        s.once('close', done);
      });
    }
  }
}
