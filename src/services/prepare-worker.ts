/**
 * A prepare-pool worker process: answers each `{ id, input }` message with the prepared source
 * (without its input, which the pool still holds), or with the error preparing it threw, so the
 * caller sees what it would have seen preparing in-thread. It exits when its parent goes away.
 *
 * Tasks are queued and prepared one per turn of the event loop. The pool sends many at once;
 * handled as they arrive, their preparations would run back to back as promise continuations
 * and every answer would sit in the send buffer until the last was done, so the importer would
 * wait idle and then write the whole batch at once. A turn between tasks writes each answer
 * out as soon as it is ready, and the importer writes while the next articles are extracted.
 */
import { prepareSource, type PrepareOptions } from './prepare.js';
import type { SourceInput } from './ingest.js';

interface Task {
  id: number;
  input: SourceInput;
  options?: PrepareOptions;
}

const send = (message: unknown) => process.send!(message);
const queue: Task[] = [];
let scheduled = false;

async function next(): Promise<void> {
  const task = queue.shift();
  if (!task) {
    scheduled = false;
    return;
  }
  try {
    const { input: _held, ...prepared } = await prepareSource(task.input, task.options);
    send({ id: task.id, prepared });
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    send({ id: task.id, error: { name: e.name, message: e.message, stack: e.stack } });
  }
  setImmediate(next);
}

process.on('message', (task: Task) => {
  queue.push(task);
  if (scheduled) return;
  scheduled = true;
  setImmediate(next);
});
process.on('disconnect', () => process.exit(0));
