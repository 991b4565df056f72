// The clients of one pool and what the monitor keeps about each: its checkout while it is out, and whether its
// connection broke while it was held (pg-pool keeps such a client checked out until the application gives it back).
import type { CapturedStack } from "./acquire-site.js";
import type { CheckoutHelper } from "./helper-checkout.js";
import { newCheckoutRecord, resetCheckoutRecord, type CheckoutRecord } from "./leak-detector.js";
import { errorKind, errorMessage } from "./connection-errors.js";

/** What the monitor keeps about one client of the pool: its checkout while it is out. */
interface ClientSlot {
  record: CheckoutRecord | undefined;
  /** Its last checkout, back and referred to by nothing else: the next checkout of the client reuses it. */
  spare: CheckoutRecord | undefined;
  /** Removes the listeners the monitor attached to the client (see WatchedPool.unwatch). */
  detach?: () => void;
}

export class HeldClients {
  /** Checked-out clients whose connection broke, not yet given back: held, counted as used, and useless. */
  lost = 0;
  // One slot per client, made at its first checkout and kept for its life (weak: gone with the client): a checkout
  // then costs one lookup at connect and one at release, where a record keyed by the client would be set and deleted
  // every time.
  private readonly slots = new WeakMap<object, ClientSlot>();
  /** Whether the last checkedOut() was the client's first checkout (time to attach listeners to it). */
  firstCheckout = false;

  /**
   * The client is handed out: its checkout's record. A checkout allocates nothing when the client's last record is
   * spare (see ended()): that object is reset and used again — a checkout every few µs would otherwise make one
   * 14-field object each, garbage at its release (runtime-x: ~150 of the ~250 bytes the watched pool allocated a
   * checkout+return).
   */
  checkedOut(client: object, startedAt: number, captured: CapturedStack | undefined, helper: CheckoutHelper | undefined): CheckoutRecord {
    const slot = this.slots.get(client);
    if (slot === undefined) {
      const record = newCheckoutRecord(startedAt, captured, helper, client);
      this.slots.set(client, { record, spare: undefined });
      this.firstCheckout = true;
      return record;
    }
    this.firstCheckout = false;
    const spare = slot.spare;
    slot.spare = undefined;
    const record =
      spare === undefined || spare.armed
        ? newCheckoutRecord(startedAt, captured, helper, client)
        : resetCheckoutRecord(spare, startedAt, captured, helper, client);
    slot.record = record;
    return record;
  }

  /** Remembers how to remove the listeners attached to the client at its first checkout. */
  onDetach(client: object, detach: () => void): void {
    const slot = this.slots.get(client);
    if (slot) slot.detach = detach;
  }

  /** Removes the monitor's listeners from the client (the pool is unwatched); a no-op for one it never handed out. */
  detach(client: object): void {
    const slot = this.slots.get(client);
    const detach = slot?.detach;
    if (!slot || !detach) return;
    slot.detach = undefined;
    detach();
  }

  /** The checked-out client whose backend is `pid` (pg-pool's `_clients`: at most `max`), with its checkout. */
  heldByPid(pool: object, pid: number): CheckoutRecord | undefined {
    const all = (pool as { _clients?: unknown })._clients;
    if (!Array.isArray(all)) return undefined;
    for (const client of all as Array<{ processID?: unknown }>) {
      if (client?.processID === pid) return this.current(client);
    }
    return undefined;
  }

  /** The checkout of a client out now; undefined when it is idle (or not one of the pool's). */
  current(client: object): CheckoutRecord | undefined {
    return this.slots.get(client)?.record;
  }

  /** The client came back, or left the pool: its checkout, if it was out, now ended. */
  ended(client: object): CheckoutRecord | undefined {
    const slot = this.slots.get(client);
    const record = slot?.record;
    if (!slot || !record) return undefined;
    slot.record = undefined;
    if (record.connectionLost) this.lost--;
    // Nothing refers to a checkout after its release but its slot unless it was reported as a leak (its return is
    // reported; a lock wait may be asked about it), queued as a sample, or attributed to a site (released there by the
    // caller, after this): such a record is left to them, the others become the client's spare. A spare drops its
    // stack now: the frames' receivers are the application's objects, and nobody formats it any more.
    if (record.reported || record.pendingSite || record.entry !== undefined) {
      slot.spare = undefined;
    } else {
      record.captured = undefined;
      slot.spare = record;
    }
    return record;
  }

  /**
   * Its connection broke: a checked-out client stays held, and dead, until the application gives it back. Returns
   * its checkout the first time (undefined for an idle client, or one already known to be lost).
   */
  broke(client: unknown, error: unknown): CheckoutRecord | undefined {
    const record = typeof client === "object" && client !== null ? this.slots.get(client)?.record : undefined;
    if (!record || record.connectionLost) return undefined;
    record.connectionLost = `${errorKind(error)}: ${errorMessage(error)}`;
    this.lost++;
    return record;
  }
}
