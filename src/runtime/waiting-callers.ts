// The callers queued for a client of one pool, as far as their stacks were captured (leak detection captures every
// checkout of a pool under pressure): the most recent few, so that the waiting line can tell a nested checkout — a
// function that holds a client and asks the same pool for a second — from holders that are merely slow. With `max`
// such callers every client is held by one that waits for another: the pool starves with nothing leaked, and the line
// to change is where they wait, not where they hold (drill q). Bounded: a ring of WAITERS_KEPT, whatever the queue's
// length; a stack is formatted only when the waiting line is written.
import { resolveSite, type AcquireSite, type CapturedStack } from "./acquire-site.js";
import { queryInFlight } from "./leak-detector.js";
import type { SiteEntry } from "./site-table.js";

const WAITERS_KEPT = 16;

interface Waiter {
  captured: CapturedStack | undefined;
  site: AcquireSite | undefined;
}

/** Holders waiting on themselves: callers queued inside the function that took `holders`' clients. */
export interface NestedCheckout {
  /** The holders' site (by line), their function and how many clients they hold. */
  holder: SiteEntry;
  /** How many of its clients have no query in flight: a holder awaiting a second checkout runs none on its first. */
  idle: number;
  /** Where the callers inside it wait (the first application frame of their checkout). */
  waitingAt: string;
  waiting: number;
}

export class WaitingCallers {
  private readonly ring: Array<Waiter | undefined> = [];
  private next = 0;
  private queuedNow = 0;

  /** A checkout that had to queue, with the stack it was captured with. */
  queued(captured: CapturedStack): void {
    const old = this.ring[this.next];
    if (old?.captured !== undefined) this.queuedNow--;
    this.ring[this.next] = { captured, site: undefined };
    this.next = (this.next + 1) % WAITERS_KEPT;
    this.queuedNow++;
  }

  /** pg-pool answered a checkout (a client or an error): if it was queued here, it waits no more. */
  answered(captured: CapturedStack | undefined): void {
    if (this.queuedNow === 0 || captured === undefined) return;
    for (let i = 0; i < this.ring.length; i++) {
      if (this.ring[i]?.captured === captured) {
        this.ring[i] = undefined;
        this.queuedNow--;
        return;
      }
    }
  }

  clear(): void {
    this.ring.length = 0;
    this.next = 0;
    this.queuedNow = 0;
  }

  /** The holders whose function the queued callers are inside, most waiting first (formats their stacks now). */
  nested(holders: readonly SiteEntry[]): NestedCheckout[] {
    if (this.queuedNow === 0 || holders.length === 0) return [];
    const found = new Map<SiteEntry, NestedCheckout>();
    for (const waiter of this.ring) {
      if (waiter?.captured === undefined) continue;
      waiter.site ??= resolveSite(waiter.captured);
      const site = waiter.site;
      if (site === undefined) continue;
      const holder = holders.find(
        (entry) => entry.held > 0 && entry.site !== site.site && insideHolder(site, entry) && idleHolders(entry) > 0,
      );
      if (holder === undefined) continue;
      const known = found.get(holder);
      if (known) known.waiting++;
      else found.set(holder, { holder, idle: idleHolders(holder), waitingAt: site.line, waiting: 1 });
    }
    return [...found.values()].sort((a, b) => b.waiting - a.waiting);
  }
}

/**
 * The clients held at a site that run no query: a stack says only that the waiter runs inside the holders' function,
 * not inside which call of it — a loop's or a server's concurrent calls of one function share every frame (drill pp,
 * a statement_timeout storm). A holder whose client has a query in flight is awaiting that query, not a second client.
 */
function idleHolders(entry: SiteEntry): number {
  let idle = 0;
  for (const checkout of entry.holding) if (!queryInFlight(checkout.client)) idle++;
  return idle;
}

// `    at fn (location:line:col)`, `    at async fn (…)`: a frame of the application's stack text.
const FRAME = /^\s*at (?:async )?(.+?) \((.+):(\d+):\d+\)$/;

/**
 * Whether the waiting checkout runs inside the function that took the holder's clients: a frame of its stack (its
 * own, or an `async` caller's that awaits it) is that function, in that file — or it waits on the holder's own line
 * (a callback written inline: `withClient(pool, async (c) => … pool.query(…))`). An anonymous function is told by
 * that line alone: two arrows of one file are not one function.
 */
function insideHolder(waiter: AcquireSite, holder: SiteEntry): boolean {
  if (waiter.line === holder.line) return true;
  if (holder.fn === "<anonymous>") return false;
  const holderPath = holder.site.replace(/:\d+:\d+$/, "");
  for (const text of waiter.stack.split("\n")) {
    const frame = FRAME.exec(text);
    if (!frame || frame[1] !== holder.fn) continue;
    const file = frame[2]!;
    if (file === holderPath || file.endsWith(`/${holderPath}`)) return true;
  }
  return false;
}
