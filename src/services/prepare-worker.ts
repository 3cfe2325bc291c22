/**
 * A prepare-pool worker process: answers each `{ id, input }` message with the prepared source,
 * or with the error preparing it threw, so the caller sees what it would have seen preparing
 * in-thread. It exits when its parent goes away.
 */
import { prepareSource, type PrepareOptions } from './prepare.js';
import type { SourceInput } from './ingest.js';

const send = (message: unknown) => process.send!(message);

process.on('message', async ({ id, input, options }: { id: number; input: SourceInput; options?: PrepareOptions }) => {
  try {
    send({ id, prepared: await prepareSource(input, options) });
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    send({ id, error: { name: e.name, message: e.message, stack: e.stack } });
  }
});
process.on('disconnect', () => process.exit(0));
