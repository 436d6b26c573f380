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

/** One chunk's results, with its place among the chunks. */
export interface ChunkResult<R> {
  readonly chunk: number;
  readonly result: R;
}

/** Claims chunks until none are left, and runs `read` over each; on either thread. */
export function readClaimedChunks<I, R>(
  items: readonly I[],
  next: Int32Array,
  read: (items: readonly I[]) => R,
): ChunkResult<R>[] {
  const done: ChunkResult<R>[] = [];
  const chunks = Math.ceil(items.length / CHUNK_FILES);
  for (let chunk = Atomics.add(next, 0, 1); chunk < chunks; chunk = Atomics.add(next, 0, 1)) {
    done.push({ chunk, result: read(items.slice(chunk * CHUNK_FILES, (chunk + 1) * CHUNK_FILES)) });
  }
  return done;
}

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
): Promise<R[]> {
  const next = new Int32Array(new SharedArrayBuffer(4));
  const work: SharedWork<T, I> = { ...task, items, next };
  const worker = new Worker(entry, { workerData: work });
  const theirs = new Promise<ChunkResult<R>[]>((resolve) => {
    worker.once('message', resolve);
    worker.once('error', () => resolve([]));
    worker.once('exit', () => resolve([]));
  });
  const mine = readClaimedChunks(items, next, read);
  const results = new Map<number, R>();
  for (const { chunk, result } of [...mine, ...(await theirs)]) results.set(chunk, result);
  void worker.terminate();
  return Array.from({ length: Math.ceil(items.length / CHUNK_FILES) }, (_, chunk) =>
    results.has(chunk) ? results.get(chunk)! : read(items.slice(chunk * CHUNK_FILES, (chunk + 1) * CHUNK_FILES)),
  );
}
