// Which checkouts withClient/withTransaction make. A client they hold past leakDetectionMs is not a missing release
// (they give it back when their callback settles), so its report says what is really going on. The helpers mark
// their own pool.connect() call; the monitor's connect wrapper, which runs synchronously inside that call, takes
// the mark. No monitor, no reader: the mark is cleared when the call returns either way.
import type pg from "pg";

export type CheckoutHelper = "withClient" | "withTransaction";

/** A helper's mark: its name, and the helper itself, whose caller is where a captured stack starts. */
export interface CheckoutMark {
  readonly helper: CheckoutHelper;
  readonly frame: (...args: never[]) => unknown;
}

let mark: CheckoutMark | undefined;

/** `pool.connect()`, marked as made by a helper (`helperMark`: one constant object per helper, nothing allocated). */
export function connectFor(helperMark: CheckoutMark, pool: pg.Pool): Promise<pg.PoolClient> {
  mark = helperMark;
  try {
    return pool.connect();
  } finally {
    mark = undefined;
  }
}

/** The mark of the helper whose connect() is running now, if any; taken once, so a nested connect is not marked. */
export function takeCheckoutMark(): CheckoutMark | undefined {
  const taken = mark;
  mark = undefined;
  return taken;
}
