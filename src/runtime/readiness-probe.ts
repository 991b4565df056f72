// Asks a pool in doubt whether it can still hand out a client: connect + release, at most one probe per pool in
// flight, and an answer within PROBE_TIMEOUT_MS even when the connect itself hangs (a full pool, a black-holed host).
import type pg from "pg";

export const PROBE_TIMEOUT_MS = 2000;

type RawConnect = (
  this: pg.Pool,
  callback: (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void,
) => unknown;

// The answer being awaited, shared by concurrent readiness checks.
const answers = new WeakMap<pg.Pool, Promise<boolean>>();
// A connect that outlived its answer: until it settles no second one is started (it is released when it arrives).
const pending = new WeakSet<pg.Pool>();

/** Resolves true when `connect` (the pool's own, unwatched) hands out a client in time. Never rejects. */
export function probePool(pool: pg.Pool, connect: RawConnect, timeoutMs = PROBE_TIMEOUT_MS): Promise<boolean> {
  const inFlight = answers.get(pool);
  if (inFlight) return inFlight;
  if (pending.has(pool)) return Promise.resolve(false);
  const answer = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    timer.unref();
    pending.add(pool);
    try {
      connect.call(pool, (err, client, done) => {
        pending.delete(pool);
        clearTimeout(timer);
        if (err || !client) {
          resolve(false);
          return;
        }
        try {
          done();
        } catch {
          // Already released: nothing to give back.
        }
        resolve(true);
      });
    } catch {
      pending.delete(pool);
      clearTimeout(timer);
      resolve(false);
    }
  });
  answers.set(pool, answer);
  void answer.then(() => answers.delete(pool));
  return answer;
}
