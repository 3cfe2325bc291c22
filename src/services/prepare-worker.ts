/**
 * A prepare-pool worker: answers each `{ id, input }` message with the prepared source, or with
 * the error preparing it threw, so the caller sees what it would have seen preparing in-thread.
 */
import { parentPort } from 'node:worker_threads';
import { prepareSource } from './prepare.js';
import type { SourceInput } from './ingest.js';

parentPort!.on('message', async ({ id, input }: { id: number; input: SourceInput }) => {
  try {
    parentPort!.postMessage({ id, prepared: await prepareSource(input) });
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    parentPort!.postMessage({ id, error: { name: e.name, message: e.message, stack: e.stack } });
  }
});
