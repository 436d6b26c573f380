import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerOnSecondThread } from '../src/incidents/threads';
import { recurringFollowUps, recurringTask, type RecurringRequest } from '../src/review/build';
import { ROOT } from './helpers';

/** The request a review would make for these follow-ups (incident, follow-up id, title), the first incident's period. */
function recurringRequestOf(followUps: readonly (readonly [string, string, string])[]): RecurringRequest {
  const incidentIds = [...new Set(followUps.map(([incident]) => incident))];
  return {
    incidentIds,
    incidentOf: Int32Array.from(followUps, ([incident]) => incidentIds.indexOf(incident)),
    followUpIds: followUps.map(([, id]) => id),
    titles: followUps.map(([, , title]) => title),
    done: new Uint8Array(followUps.length),
    ignoreWords: [],
    involving: [incidentIds[0]!],
    pinned: [],
    separate: [],
  };
}

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

describe("the built entry files, as a large review's second thread", () => {
  // Both the CLI and the Action start their own entry file as the second thread: each must answer the grouping, or a
  // large review would silently fall back to grouping on the first thread, as slow as before.
  it.each(['cli.js', 'index.js'])('dist/%s groups the recurring follow-ups it is sent', async (file) => {
    const request = recurringRequestOf([
      ['inc-a', 'x', 'Add canary analysis to checkout deploys'],
      ['inc-b', 'y', 'Add canary analysis for search deploys'],
    ]);
    const fromThread = await answerOnSecondThread(
      pathToFileURL(path.join(ROOT, 'dist', file)),
      recurringTask(request),
      () => 'answered here instead',
    );
    expect(fromThread).toEqual(recurringFollowUps(request));
    expect(fromThread).toEqual([
      expect.objectContaining({ theme: 'canary deploys: analysis', follow_ups: ['inc-a/x', 'inc-b/y'] }),
    ]);
  });
});
