/** What an Octokit call rejects with, as the contract tests read it. */
export interface HttpFailure {
  status: number;
  message: string;
  response?: { status: number; data: unknown; headers: Record<string, string | undefined> };
}

/** The error an Octokit call rejects with (fails the test if it resolves). */
export async function failure(call: Promise<unknown>): Promise<HttpFailure> {
  try {
    await call;
  } catch (error) {
    return error as HttpFailure;
  }
  throw new Error('expected the request to fail');
}
