// One extraction thread: compiles the topic pack once, then answers one article per message.
// Loaded only from dist/ (see pool.ts); the main thread keeps the order.
import { parentPort, workerData } from 'node:worker_threads';
import { compileTopic } from '../extract/topic.js';
import type { Pack } from '../packs/schema.js';
import { runJob } from './job.js';
import type { WorkerReply, WorkerTask } from './pool.js';

const port = parentPort;
if (!port) throw new Error('extract-worker must run as a worker thread');
const topic = compileTopic((workerData as { pack: Pack }).pack);

port.on('message', (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    reply = { seq: task.seq, ok: true, result: runJob(task, topic, task.output) };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    reply = { seq: task.seq, ok: false, message: e.message, stack: e.stack ?? e.message };
  }
  port.postMessage(reply);
});
