// The monitor's watched pools, held weakly (drill jj): a pool the application made per request or per job, watched,
// and then dropped without end() must not live on in the monitor. Each WatchedPool is reachable from its pool (the
// wrapper on `connect`, the listeners), so while the application holds the pool the monitor sees it; once nothing
// else holds the pool, both are collected and the pool leaves /readyz, /metrics and the periodic lines — counted, and
// said once in the next periodic tick. An entry whose pool was collected is dropped at the next look at the list
// (every tick, /readyz, /metrics): no finalizer is needed, so what is said does not wait on when one runs.
import type { WatchedPool } from "./watched-pool.js";

interface Entry {
  readonly ref: WeakRef<WatchedPool>;
  readonly name: string;
  /** The pool's `fate` (see WatchedPool): holds nothing of the pool, so it outlives it. */
  readonly fate: { readonly ended: boolean };
}

export class WatchedSet {
  private entries: Entry[] = [];
  /** Collected since the last take(), and the last one's name: a number and a string, however many there were. */
  private forgotten = 0;
  private lastForgotten = "";

  add(watched: WatchedPool): void {
    this.entries.push({ ref: new WeakRef(watched), name: watched.name, fate: watched.fate });
  }

  /** The pools still watched, in the order they were watched; the entries of collected ones are dropped here. */
  all(): WatchedPool[] {
    const live: WatchedPool[] = [];
    let dead = 0;
    for (const entry of this.entries) {
      const watched = entry.ref.deref();
      if (watched !== undefined) live.push(watched);
      else dead += this.collected(entry);
    }
    if (dead > 0) this.entries = this.entries.filter((entry) => entry.ref.deref() !== undefined);
    return live;
  }

  /** Stops holding `watched` (unwatched, or taken over by a pool of its name); false when it was not held. */
  remove(watched: WatchedPool): boolean {
    const index = this.entries.findIndex((entry) => entry.ref.deref() === watched);
    if (index < 0) return false;
    this.entries.splice(index, 1);
    return true;
  }

  /** The pools collected without end() or unwatch() since the last call, or undefined when none was. */
  takeForgotten(): { count: number; last: string } | undefined {
    this.all();
    if (this.forgotten === 0) return undefined;
    const taken = { count: this.forgotten, last: this.lastForgotten };
    this.forgotten = 0;
    return taken;
  }

  /** An entry whose pool was collected: counted as forgotten unless the pool had ended (closed as it should be). */
  private collected(entry: Entry): number {
    if (!entry.fate.ended) {
      this.forgotten++;
      this.lastForgotten = entry.name;
    }
    return 1;
  }
}
