import { describe, expect, it } from 'vitest';
import { answerOnSecondThread } from '../src/incidents/threads';

/** A worker entry given as its source: what the second thread runs. */
const entry = (source: string) => new URL(`data:text/javascript,${encodeURIComponent(source)}`);

describe('a task answered on a second thread', () => {
  it("takes the second thread's answer, and does not answer it here as well", async () => {
    let here = 0;
    const answer = await answerOnSecondThread(
      entry("import { parentPort, workerData } from 'node:worker_threads'; parentPort.postMessage(workerData.n * 2);"),
      { task: 'double', n: 21 },
      () => ++here,
    );
    expect(answer).toBe(42);
    expect(here).toBe(0);
  });

  it('answers here when the second thread fails or ends without an answer: time lost, never the answer', async () => {
    const failing = entry("throw new Error('no second thread today');");
    const silent = entry('');
    expect(await answerOnSecondThread(failing, { task: 'double' }, () => 'answered here')).toBe('answered here');
    expect(await answerOnSecondThread(silent, { task: 'double' }, () => 'answered here')).toBe('answered here');
  });

  it('passes on an error of the answer made here', async () => {
    const failing = entry("throw new Error('no second thread today');");
    await expect(
      answerOnSecondThread(failing, { task: 'double' }, () => {
        throw new Error('the answer cannot be made');
      }),
    ).rejects.toThrow('the answer cannot be made');
  });
});
