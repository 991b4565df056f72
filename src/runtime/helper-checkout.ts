// Which checkouts withClient/withTransaction make. A client they hold past leakDetectionMs is not a missing release
// (they give it back when their callback settles), so its report says what is really going on. The helpers mark
// their own pool.connect() call; the monitor's connect wrapper, which runs synchronously inside that call, takes
// the mark. No monitor, no reader: the mark is cleared when the call returns either way.
import type pg from "pg";

export type CheckoutHelper = "withClient" | "withTransaction";

let mark: CheckoutHelper | undefined;

/** `pool.connect()`, marked as made by `helper`. */
export function connectFor(helper: CheckoutHelper, pool: pg.Pool): Promise<pg.PoolClient> {
  mark = helper;
  try {
    return pool.connect();
  } finally {
    mark = undefined;
  }
}

/** The helper whose connect() is running now, if any; taken once, so a connect nested inside it is not marked. */
export function takeCheckoutHelper(): CheckoutHelper | undefined {
  const helper = mark;
  mark = undefined;
  return helper;
}
