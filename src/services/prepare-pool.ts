import { availableParallelism } from 'node:os';
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compiledOrSource } from '../compiled.js';
import type { PreparedSource, SourceInput } from './ingest.js';
import type { PrepareOptions } from './prepare.js';

export type { PrepareOptions };

/** Prepares a source (hash, extraction, language, selectors, references) for writing; see prepare.ts. */
export type Prepare = (input: SourceInput, options?: PrepareOptions) => Promise<PreparedSource>;

/** Prepares in this process, loading the extractor here on first use. */
export const prepareInThread: Prepare = async (input, options) => (await import('./prepare.js')).prepareSource(input, options);

export interface PreparePoolOptions {
  /** Worker processes at most (default: the cores available). */
  size?: number;
  /**
   * A worker with nothing to do for this long exits, and the memory of the extractor goes with it
   * (default 60 s). A fresh worker spends up to a second of CPU loading the extractor (under tsx;
   * less from dist/) and about one and a half more while the JIT compiles it over its first hundred
   * articles: with a short timeout, clients that
   * post an article every few seconds would pay that start again and again. The price is the
   * workers' memory (a few hundred MB each, in their own processes, not the server's) held for a
   * minute after the last ingest.
   */
  idleMs?: number;
  /**
   * The worker script (default prepare-worker next to this module; under tsx, its compiled twin in
   * dist/ when `npm run build` made one from the current sources, which starts in less CPU).
   */
  entry?: URL;
}

interface Task {
  input: SourceInput;
  options: PrepareOptions | undefined;
  bytes: number;
  resolve: (p: PreparedSource) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: ChildProcess;
  /** Tasks sent and not answered yet, by id: a worker works through its messages in order. */
  tasks: Map<number, Task>;
  /** Text length of those tasks, to send the next one to the least loaded worker. */
  load: number;
  idle: NodeJS.Timeout | undefined;
}

/** The worker leaves out the input (the pool holds it): the text need not travel back. */
type Answer = { id: number; prepared: Omit<PreparedSource, 'input'> } | { id: number; error: { name: string; message: string; stack?: string } };

/** Worker deaths in a row, with no answer in between, after which the pool prepares in this process only. */
const MAX_CRASHES = 3;

/**
 * Runs the pure half of ingest (prepare.ts) in a few worker processes, so that extracting the
 * next articles overlaps writing the ones before, and the server itself never loads the
 * extractor. Each task goes at once to the least loaded worker, which queues it: the workers
 * keep extracting while this process is busy writing. Workers start with the first task and
 * exit after `idleMs` with nothing to do. Processes rather than threads: a process that exits
 * hands all its memory back to the system, while a thread's malloc arenas stay with the server.
 *
 * An error the extraction throws comes back as that error; a worker that dies (a crash, killed
 * for memory) has its unanswered tasks prepared again in this process, so nothing is lost —
 * and nothing was written, since preparing comes before the write.
 */
export class PreparePool {
  readonly size: number;
  private readonly idleMs: number;
  private readonly givenEntry: URL | undefined;
  private resolvedEntry: URL | undefined;
  private readonly slots = new Set<Slot>();
  private readonly pending = new Set<Promise<unknown>>();
  /** Workers being stopped, idle ones included, until each has exited: closing waits for them all. */
  private readonly exiting = new Set<Promise<unknown>>();
  private nextId = 0;
  private crashes = 0;
  private closed = false;

  constructor(options: PreparePoolOptions = {}) {
    this.size = Math.max(1, options.size ?? availableParallelism());
    this.idleMs = options.idleMs ?? 60_000;
    this.givenEntry = options.entry;
  }

  /** Resolved with the first worker: finding whether dist/ is current hashes src/ (a few milliseconds). */
  private get entry(): URL {
    this.resolvedEntry ??=
      this.givenEntry ??
      // Under tsx (development, tests) this module is the .ts source and so is the worker, unless dist/ has it compiled.
      compiledOrSource(new URL(`./prepare-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url));
    return this.resolvedEntry;
  }

  /** Whether the workers run compiled JavaScript (dist/) rather than TypeScript under tsx. */
  get compiled(): boolean {
    return !this.entry.pathname.endsWith('.ts');
  }

  /** The live worker processes. */
  get workers(): number {
    return this.slots.size;
  }

  /** Their process ids (for measuring what they use). */
  get pids(): number[] {
    return [...this.slots].flatMap((s) => (s.worker.pid === undefined ? [] : [s.worker.pid]));
  }

  readonly prepare: Prepare = (input, options) => {
    if (this.closed || this.crashes >= MAX_CRASHES) return prepareInThread(input, options);
    const done = new Promise<PreparedSource>((resolve, reject) => this.send({ input, options, bytes: input.text.length, resolve, reject }));
    this.pending.add(done);
    const forget = () => this.pending.delete(done);
    done.then(forget, forget);
    return done;
  };

  /**
   * Starts every worker and has each load the extractor (a second or two per worker, more under
   * tsx), so that the first texts do not wait for it: for a long-lived pool and for benchmarks
   * that time the work, not the start. With `references`, each worker also compiles the
   * citation styles (about a second more), as the first source whose references it formats would.
   */
  async warm(options: { references?: boolean } = {}): Promise<void> {
    const text = 'Zambia exported 410 thousand tonnes of copper in 2024, the mines ministry said.';
    const references = options.references ?? false;
    await Promise.all(Array.from({ length: this.size }, (_, i) => this.prepare({ title: `Warm-up ${i}`, text }, { references })));
  }

  /** Waits for the tasks under way, then stops every worker. Later calls prepare in this process. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.pending]);
    await Promise.all([...this.slots].map((slot) => this.stop(slot)));
    // (A worker stopped for being idle just before may still be exiting.)
    await Promise.all([...this.exiting]);
  }

  private send(task: Task): void {
    let slot: Slot | undefined;
    for (const s of this.slots) if (!slot || s.load < slot.load) slot = s;
    if (!slot || (slot.load > 0 && this.slots.size < this.size)) slot = this.spawn();
    const id = this.nextId++;
    clearTimeout(slot.idle);
    slot.idle = undefined;
    slot.tasks.set(id, task);
    slot.load += task.bytes;
    slot.worker.ref();
    slot.worker.channel?.ref();
    slot.worker.send({ id, input: task.input, options: task.options });
  }

  private spawn(): Slot {
    const worker = fork(fileURLToPath(this.entry), [], {
      // Under tsx the entry is TypeScript: the worker loads it the same way, with the tsx this module resolves (not the cwd's).
      execArgv: this.entry.pathname.endsWith('.ts') ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href] : [],
      // Structured clone, as between threads: the extraction arrives exactly as it was built.
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const slot: Slot = { worker, tasks: new Map(), load: 0, idle: undefined };
    this.slots.add(slot);
    worker.on('message', (answer: Answer) => this.answered(slot, answer));
    // Failing to send or to kill: 'exit' follows when it is gone, and handles its tasks.
    worker.on('error', () => {});
    worker.on('exit', () => this.died(slot));
    return slot;
  }

  private answered(slot: Slot, answer: Answer): void {
    const task = slot.tasks.get(answer.id);
    if (!task) return;
    slot.tasks.delete(answer.id);
    slot.load -= task.bytes;
    this.crashes = 0;
    if ('prepared' in answer) task.resolve({ ...answer.prepared, input: task.input });
    else task.reject(Object.assign(new Error(answer.error.message), { name: answer.error.name, stack: answer.error.stack }));
    if (slot.tasks.size > 0) return;
    // Idle: it no longer keeps the process alive, and exits after a while.
    slot.worker.unref();
    slot.worker.channel?.unref();
    slot.idle = setTimeout(() => void this.stop(slot), this.idleMs);
    slot.idle.unref();
  }

  private died(slot: Slot): void {
    if (!this.slots.delete(slot)) return;
    clearTimeout(slot.idle);
    if (slot.tasks.size === 0) return;
    // It died while preparing: prepare its unanswered inputs here instead.
    this.crashes++;
    for (const task of slot.tasks.values()) prepareInThread(task.input, task.options).then(task.resolve, task.reject);
    slot.tasks.clear();
  }

  private async stop(slot: Slot): Promise<void> {
    if (slot.tasks.size > 0) return;
    this.slots.delete(slot);
    clearTimeout(slot.idle);
    if (slot.worker.exitCode !== null || slot.worker.signalCode !== null) return;
    const gone = new Promise((resolve) => slot.worker.once('exit', resolve));
    this.exiting.add(gone);
    // An idle worker no longer holds the event loop open: hold it until the worker is gone.
    slot.worker.ref();
    slot.worker.kill();
    await gone;
    this.exiting.delete(gone);
  }
}
