// A small pool of extraction threads. Articles go to the workers in batches; answers come back
// in any order and the caller (pipeline.ts) puts them back in input order.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Pack } from '../packs/schema.js';
import type { ArticleMeta } from '../schema.js';
import type { Topic } from '../extract/topic.js';
import type { JobOutput, JobResult } from './job.js';

export interface WorkerTask { seq: number; id: string; file: string; text: string; meta?: ArticleMeta; output: JobOutput }
export type WorkerReply =
  | { seq: number; ok: true; result: JobResult }
  | { seq: number; ok: false; message: string; stack: string };

interface Pending { task: WorkerTask; resolve: (r: JobResult) => void; reject: (e: Error) => void }
type Batch = Pending[];

/** The built worker next to this file; absent when running from src/ (vitest, tsx). */
export function workerFile(): string | undefined {
  const file = fileURLToPath(new URL('./extract-worker.js', import.meta.url));
  return existsSync(file) ? file : undefined;
}

/** A worker's heap limit in MB; CLAIMS_WORKER_HEAP_MB overrides it (tests use a tiny one). */
export function workerHeapMb(): number {
  const n = Number(process.env.CLAIMS_WORKER_HEAP_MB);
  return Number.isFinite(n) && n >= 8 ? n : 512;
}

/**
 * A worker's young generation. Smaller than V8's own (48 MB) keeps memory down, but at 8 MB the
 * scavenger ran every few milliseconds and promoted what an article still held: two jobs took
 * 7.2 s on 20 MB with 8 MB and 6.0 s with 32 MB, and no less with 48 or 96.
 */
const YOUNG_GENERATION_MB = 32;

/** batches queued at a worker, so it never waits for the main thread between two batches */
const PER_WORKER = 2;

/**
 * A batch closes at this many articles or this much text. Each message wakes the other thread,
 * and one message an article cost a worker 10-13% of its time in postMessage on two busy cores;
 * batches of eight cut the messages eightfold.
 */
const BATCH_ARTICLES = 8;
const BATCH_CHARS = 256 * 1024;

export class ExtractPool {
  /** articles in flight that keep every worker busy; the caller keeps about this many queued */
  readonly capacity: number;
  private readonly workers: Worker[] = [];
  private readonly busy = new Map<Worker, Batch[]>();
  private readonly waiting: Pending[] = [];
  private seq = 0;
  private closed = false;
  private scheduled = false;
  private broken: Error | undefined;

  /**
   * Workers start only when there is a batch for them and the others are busy: a run of one
   * article starts one worker, whatever `size` is. Each worker compiles `pack` once; `here` gives
   * this thread's compiled topic, which its owner compiles once, and is asked only when an article
   * is done in this thread (a worker ran out of memory).
   */
  constructor(private readonly file: string, private readonly size: number, private readonly pack: Pack, private readonly output: JobOutput, private readonly here: () => Topic) {
    this.capacity = size * PER_WORKER * BATCH_ARTICLES;
  }

  /** Workers started so far (tests check that no more start than there is work for). */
  get started(): number {
    return this.workers.length;
  }

  /**
   * Every worker started now, before there is work for them, so that their start (loading the
   * modules, compromise and the lexicons) overlaps what this thread still has to do before the
   * first batch (pipeline.ts reads ahead).
   */
  start(): void {
    while (!this.closed && !this.broken && this.workers.length < this.size) {
      const w = this.spawn(this.file, this.pack);
      this.workers.push(w);
      this.busy.set(w, []);
    }
  }

  run(article: { id: string; file: string; text: string; meta?: ArticleMeta }): Promise<JobResult> {
    return new Promise((resolve, reject) => {
      if (this.broken) { reject(this.broken); return; }
      this.waiting.push({ task: { seq: this.seq++, id: article.id, file: article.file, text: article.text, meta: article.meta, output: this.output }, resolve, reject });
      this.schedule();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.workers];
    this.busy.clear();
    this.waiting.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }

  private spawn(file: string, pack: Pack): Worker {
    // A set heap limit keeps a long run's memory near what one article needs (V8 otherwise lets the
    // heap grow long before it collects); an article too large for them is done in this thread.
    const w = new Worker(file, { workerData: { pack }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: workerHeapMb() } });
    w.on('message', (replies: WorkerReply[]) => {
      const batch = this.busy.get(w)?.shift();
      if (!batch) return;
      replies.forEach((reply, k) => {
        const p = batch[k]!;
        if (reply.ok) p.resolve(reply.result);
        else p.reject(Object.assign(new Error(reply.message), { stack: reply.stack }));
      });
      this.schedule();
    });
    // A worker that dies takes its articles with it; the run fails as it would in one thread.
    const fail = (err: Error) => {
      if (this.closed || this.broken) return;
      if ((err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') { this.replace(w, file, pack); return; }
      this.broken = err;
      for (const batches of this.busy.values()) for (const q of batches.splice(0).flat()) q.reject(err);
      for (const q of this.waiting.splice(0)) q.reject(err);
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`extract worker exited with code ${code}`)));
    return w;
  }

  /** A worker out of memory: its articles are done here, with this thread's larger heap. */
  private replace(w: Worker, file: string, pack: Pack): void {
    const pending = (this.busy.get(w) ?? []).flat();
    this.busy.delete(w);
    this.workers.splice(this.workers.indexOf(w), 1);
    w.removeAllListeners('exit');
    const fresh = this.spawn(file, pack);
    this.workers.push(fresh);
    this.busy.set(fresh, []);
    if (pending.length) {
      const topic = this.here();
      // the extraction modules load here only now: the main thread of --jobs otherwise never needs them
      void import('./job.js').then(({ runJob }) => {
        for (const p of pending) {
          try {
            p.resolve(runJob(p.task, topic, p.task.output));
          } catch (err) {
            p.reject(err instanceof Error ? err : new Error(String(err)));
          }
        }
      }, (err: unknown) => { for (const p of pending) p.reject(err instanceof Error ? err : new Error(String(err))); });
    }
    this.schedule();
  }

  /**
   * Dispatch once the current turn is over: the caller reads articles in promise callbacks, so by
   * then it has queued as many as it will, and they leave in full batches.
   */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (!this.closed && this.waiting.length > 0) {
      // the least loaded worker, the first one on a tie (deterministic, though order does not matter)
      let best: Worker | undefined;
      for (const w of this.workers) {
        const n = this.busy.get(w)?.length ?? PER_WORKER;
        if (n < PER_WORKER && (!best || n < this.busy.get(best)!.length)) best = w;
      }
      if ((!best || this.busy.get(best)!.length > 0) && this.workers.length < this.size) {
        best = this.spawn(this.file, this.pack);
        this.workers.push(best);
        this.busy.set(best, []);
      }
      if (!best) return;
      const batch = this.nextBatch();
      this.busy.get(best)!.push(batch);
      best.postMessage(batch.map((p) => p.task));
    }
  }

  private nextBatch(): Batch {
    const batch: Batch = [];
    let chars = 0;
    while (this.waiting.length > 0 && batch.length < BATCH_ARTICLES && (batch.length === 0 || chars + this.waiting[0]!.task.text.length <= BATCH_CHARS)) {
      const p = this.waiting.shift()!;
      chars += p.task.text.length;
      batch.push(p);
    }
    return batch;
  }
}
