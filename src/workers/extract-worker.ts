// One extraction thread: compiles the topic pack once, then answers each batch of articles with
// one message. Loaded only from dist/ (see pool.ts); the main thread keeps the order.
import { parentPort, workerData } from 'node:worker_threads';
import { compileTopic } from '../extract/topic.js';
import type { Pack } from '../packs/schema.js';
import { runJob } from './job.js';
import type { WorkerReply, WorkerTask } from './pool.js';

const port = parentPort;
if (!port) throw new Error('extract-worker must run as a worker thread');
const topic = compileTopic((workerData as { pack: Pack }).pack);

function answer(task: WorkerTask): WorkerReply {
  try {
    return { seq: task.seq, ok: true, result: runJob(task, topic, task.output) };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    return { seq: task.seq, ok: false, message: e.message, stack: e.stack ?? e.message };
  }
}

port.on('message', (batch: WorkerTask[]) => {
  port.postMessage(batch.map(answer));
});
