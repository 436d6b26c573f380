// Preloaded (`node --import`) into the CLI or the Action under test, so the
// fault tests run the very bundle a user runs, with GitHub's real pacing and
// retry waits, on a clock that runs faster: Date.now() runs 1000 times
// faster and every timer waits 1/1000 of its time (a 3 s pause between writes
// takes 3 ms, a 60 s retry-after 60 ms). A request's timeout is cut to 1/30
// (30 s -> 1 s: long enough that a loaded test machine never times out a
// request the server did answer). Nothing in the product knows about this file.
const TIMER_SPEEDUP = 1000;
const TIMEOUT_SPEEDUP = 30;

// Pacing (bottleneck) books its next slot by Date.now() and waits by setTimeout: both must run fast.
const realNow = Date.now.bind(Date);
const start = realNow();
Date.now = () => start + (realNow() - start) * TIMER_SPEEDUP;

// Node's HTTP client (undici) keeps its own safety timeouts (300 s for headers) on setTimeout too:
// those stay at real speed, or they would fire long before the product's 30 s request timeout.
const fromHttpClient = () => /node:internal\/deps\/undici/.test(new Error().stack ?? '');
const setTimeoutAtRealSpeed = globalThis.setTimeout;
globalThis.setTimeout = Object.assign(
  (callback, ms, ...args) =>
    setTimeoutAtRealSpeed(callback, typeof ms === 'number' && !fromHttpClient() ? ms / TIMER_SPEEDUP : ms, ...args),
  setTimeoutAtRealSpeed,
);

const { AbortSignal } = globalThis;
const timeoutAtRealSpeed = AbortSignal.timeout.bind(AbortSignal);
AbortSignal.timeout = (ms) => timeoutAtRealSpeed(ms / TIMEOUT_SPEEDUP);
