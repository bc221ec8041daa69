// A small pool of extraction threads. Each task goes to the first idle worker; answers come back
// in any order and the caller (pipeline.ts) puts them back in input order.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Claim } from '../schema.js';
import type { Explanation } from '../extract/index.js';
import type { Pack } from '../packs/schema.js';

export interface WorkerTask { seq: number; id: string; file: string; text: string }
export type WorkerReply =
  | { seq: number; ok: true; claims: Claim[]; explanations: Explanation[] }
  | { seq: number; ok: false; message: string; stack: string };

export interface Extracted { claims: Claim[]; explanations: Explanation[] }

interface Pending { task: WorkerTask; resolve: (r: Extracted) => void; reject: (e: Error) => void }

/** The built worker next to this file; absent when running from src/ (vitest, tsx). */
export function workerFile(): string | undefined {
  const file = fileURLToPath(new URL('./extract-worker.js', import.meta.url));
  return existsSync(file) ? file : undefined;
}

export class ExtractPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly waiting: Pending[] = [];
  private seq = 0;
  private closed = false;
  private broken: Error | undefined;

  constructor(file: string, size: number, pack: Pack) {
    for (let k = 0; k < size; k++) this.idle.push(this.spawn(file, pack));
  }

  run(article: { id: string; file: string; text: string }): Promise<Extracted> {
    return new Promise((resolve, reject) => {
      if (this.broken) { reject(this.broken); return; }
      this.waiting.push({ task: { seq: this.seq++, id: article.id, file: article.file, text: article.text }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    this.busy.clear();
    this.waiting.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }

  private spawn(file: string, pack: Pack): Worker {
    const w = new Worker(file, { workerData: { pack } });
    w.on('message', (reply: WorkerReply) => {
      const p = this.busy.get(w);
      if (!p) return;
      this.busy.delete(w);
      this.idle.push(w);
      if (reply.ok) p.resolve({ claims: reply.claims, explanations: reply.explanations });
      else p.reject(Object.assign(new Error(reply.message), { stack: reply.stack }));
      this.dispatch();
    });
    // A worker that dies takes its article with it; the run fails as it would in one thread.
    const fail = (err: Error) => {
      if (this.closed || this.broken) return;
      this.broken = err;
      const p = this.busy.get(w);
      this.busy.delete(w);
      p?.reject(err);
      for (const q of this.busy.values()) q.reject(err);
      this.busy.clear();
      for (const q of this.waiting.splice(0)) q.reject(err);
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`extract worker exited with code ${code}`)));
    return w;
  }

  private dispatch(): void {
    while (!this.closed && this.idle.length > 0 && this.waiting.length > 0) {
      const w = this.idle.pop()!;
      const p = this.waiting.shift()!;
      this.busy.set(w, p);
      w.postMessage(p.task);
    }
  }
}
