import { Worker } from 'node:worker_threads';

/**
 * Reading files on two threads. The files are handed out in chunks that
 * each thread claims from a shared counter as it becomes free, so the two
 * finish together whatever the second thread's start-up costs and however
 * the work varies from file to file; the results are put back in file
 * order. The second thread runs the program's own entry file, which
 * serves the task it is given (app/worker.ts).
 */

/** Enough files per claim that claiming costs nothing, few enough that neither thread waits long for the other. */
export const CHUNK_FILES = 64;

/** What a second thread is asked to do with the files it claims: the task's name and what it needs besides the files. */
export interface ThreadTask {
  readonly task: string;
}

/** What the second thread receives: its task, every item, and the counter both threads claim chunks from. */
export type SharedWork<T extends ThreadTask, I> = T & {
  readonly items: readonly I[];
  /** A one-element Int32Array over a SharedArrayBuffer: the next chunk to claim. */
  readonly next: Int32Array;
};

/** One chunk's results, with its place among the chunks: what the second thread posts as each chunk is done. */
export interface ChunkResult<R> {
  readonly chunk: number;
  readonly result: R;
}

/** What the second thread posts when it finds no chunk left to claim. */
export const ALL_CLAIMED = 'all-claimed';

const chunkOf = <I>(items: readonly I[], chunk: number) => items.slice(chunk * CHUNK_FILES, (chunk + 1) * CHUNK_FILES);

/**
 * The second thread's side: claims chunks until none are left, reads each
 * and hands its result over at once, so this thread never holds more than
 * one chunk's results; then says it is done.
 */
export function serveClaimedChunks<I, R>(
  items: readonly I[],
  next: Int32Array,
  read: (items: readonly I[]) => R,
  post: (message: ChunkResult<R> | typeof ALL_CLAIMED) => void,
): void {
  const chunks = Math.ceil(items.length / CHUNK_FILES);
  for (let chunk = Atomics.add(next, 0, 1); chunk < chunks; chunk = Atomics.add(next, 0, 1)) {
    post({ chunk, result: read(chunkOf(items, chunk)) });
  }
  post(ALL_CLAIMED);
}

/** A turn of the event loop: the second thread's chunks are taken in as they come, not all at the end. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * `read` over every item, here and on a second thread started from
 * `entry` with `task`; each chunk's result, in the order of the items. A
 * second thread that fails costs time, never data: the chunks it did not
 * hand back are read here.
 */
export async function readOnTwoThreads<T extends ThreadTask, I, R>(
  items: readonly I[],
  entry: URL,
  task: T,
  read: (items: readonly I[]) => R,
  adopt: (result: R) => R = (result) => result,
): Promise<R[]> {
  const chunks = Math.ceil(items.length / CHUNK_FILES);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const work: SharedWork<T, I> = { ...task, items, next };
  const results = new Map<number, R>();
  const worker = new Worker(entry, { workerData: work });
  const theirs = new Promise<void>((resolve) => {
    worker.on('message', (message: ChunkResult<R> | typeof ALL_CLAIMED) => {
      if (message === ALL_CLAIMED) resolve();
      else results.set(message.chunk, adopt(message.result));
    });
    worker.once('error', () => resolve());
    worker.once('exit', () => resolve());
  });
  for (let chunk = Atomics.add(next, 0, 1); chunk < chunks; chunk = Atomics.add(next, 0, 1)) {
    results.set(chunk, read(chunkOf(items, chunk)));
    await turn();
  }
  await theirs;
  void worker.terminate();
  return Array.from({ length: chunks }, (_, chunk) =>
    results.has(chunk) ? results.get(chunk)! : read(chunkOf(items, chunk)),
  );
}

/**
 * `task` answered by a second thread started from `entry` (its first
 * message), while this thread goes on with other work. A second thread
 * that fails costs time, never the answer: `here` gives it on this thread.
 */
export function answerOnSecondThread<T extends ThreadTask, R>(entry: URL, task: T, here: () => R): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    const worker = new Worker(entry, { workerData: task });
    let settled = false;
    const settle = (answer: () => R) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      try {
        resolve(answer());
      } catch (error) {
        reject(error);
      }
    };
    worker.once('message', (message: R) => settle(() => message));
    worker.once('error', () => settle(here));
    worker.once('exit', () => settle(here));
  });
}
