/**
 * A prepare-pool worker process: answers each `{ id, input }` message with the prepared source
 * (without its input, which the pool still holds), or with the error preparing it threw, so the
 * caller sees what it would have seen preparing in-thread. It exits when its parent goes away.
 *
 * Tasks are queued and prepared a few at a time, one group per turn of the event loop. The pool
 * sends many at once; handled as they arrive, their preparations would run back to back as promise
 * continuations and every answer would sit in the send buffer until the last was done, so the
 * importer would wait idle and then write the whole batch at once. A turn between groups writes
 * their answers out as soon as they are ready, and the importer writes while the next articles
 * are extracted. Within a group the extractions run first and the references after
 * (prepareSources): formatting references in a row costs less CPU than between extractions.
 * A task that arrives alone (a single POST) is a group of one and is answered at once.
 */
import { prepareSources, type PrepareOptions } from './prepare.js';
import type { SourceInput } from './ingest.js';

interface Task {
  id: number;
  input: SourceInput;
  options?: PrepareOptions;
}

/** Tasks prepared together at most: enough to run citeproc in a row, few enough that answers keep flowing. */
const GROUP = 16;

const send = (message: unknown) => process.send!(message);
const queue: Task[] = [];
let scheduled = false;

async function next(): Promise<void> {
  const group = queue.splice(0, GROUP);
  if (group.length === 0) {
    scheduled = false;
    return;
  }
  const results = await prepareSources(group);
  for (const [i, result] of results.entries()) {
    const { id } = group[i]!;
    if (result instanceof Error) {
      send({ id, error: { name: result.name, message: result.message, stack: result.stack } });
    } else {
      const { input: _held, ...prepared } = result;
      send({ id, prepared });
    }
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
