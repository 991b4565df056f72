// The monitor's watched pools, held weakly (drill jj): a pool the application made per request or per job, watched,
// and then dropped without end() must not live on in the monitor. Each WatchedPool is reachable from its pool (the
// wrapper on `connect`, the listeners), so while the application holds the pool the monitor sees it; once nothing
// else holds the pool, both are collected and the pool leaves /readyz, /metrics and the periodic lines — counted, and
// said once in the next periodic tick.
import type { WatchedPool } from "./watched-pool.js";

interface Entry {
  readonly ref: WeakRef<WatchedPool>;
}

export class WatchedSet {
  private entries: Entry[] = [];
  /** Collected since the last take(), and the last one's name: a number and a string, however many there were. */
  private forgotten = 0;
  private lastForgotten = "";
  private readonly registry = new FinalizationRegistry<string>((name) => this.collected(name));

  add(watched: WatchedPool): void {
    const entry: Entry = { ref: new WeakRef(watched) };
    this.entries.push(entry);
    this.registry.register(watched, watched.name, entry);
  }

  /** The pools still watched, in the order they were watched. */
  all(): WatchedPool[] {
    const live: WatchedPool[] = [];
    for (const entry of this.entries) {
      const watched = entry.ref.deref();
      if (watched !== undefined) live.push(watched);
    }
    return live;
  }

  /** Stops holding `watched` (unwatched, or taken over by a pool of its name); false when it was not held. */
  remove(watched: WatchedPool): boolean {
    const index = this.entries.findIndex((entry) => entry.ref.deref() === watched);
    if (index < 0) return false;
    const [entry] = this.entries.splice(index, 1);
    if (entry) this.registry.unregister(entry);
    return true;
  }

  /** The pools collected without end() or unwatch() since the last call, or undefined when none was. */
  takeForgotten(): { count: number; last: string } | undefined {
    if (this.forgotten === 0) return undefined;
    const taken = { count: this.forgotten, last: this.lastForgotten };
    this.forgotten = 0;
    return taken;
  }

  private collected(name: string): void {
    try {
      this.entries = this.entries.filter((entry) => entry.ref.deref() !== undefined);
      this.forgotten++;
      this.lastForgotten = name;
    } catch {
      // A finalizer runs outside any call of the application's: nothing may escape it.
    }
  }
}
