// Which of a pool's clients are open connections. pg-pool's totalCount counts a client from the moment it starts
// connecting, so while the database is unreachable or hung it counts connections that do not exist (and may never):
// an outage would read as a full pool — "utilization at 100%", used connections at max — and send the reader after
// a leak. Its `connect` event marks a client that got through, `remove` one that left; a client that fails to
// connect leaves without a `remove`, never having been counted.
// Connects that never end (a hung server, packets dropped, no connectionTimeoutMillis) fail nothing: stalled() is
// how the periodic line learns of them, where the checkouts just wait.
import type pg from "pg";

export class OpenConnections {
  private readonly open = new WeakSet<object>();
  private opened = 0;
  /** Connections opened since watching, never decremented: whether any opened between two ticks. */
  private openedEver = 0;
  private atLastTick = { connecting: 0, openedEver: 0 };
  // Clients the pool had before it was watched: taken as open (watch a pool before its traffic), each uncounted
  // at its `remove`.
  private before: number;

  constructor(
    private readonly pool: pg.Pool,
    /** A connection just opened: evidence newer than a failed readiness answer (serve-state.ts). Never throws. */
    private readonly onOpened: () => void = () => {},
  ) {
    this.before = pool.totalCount;
    pool.on("connect", this.onConnect);
    pool.on("remove", this.onRemove);
  }

  /** Removes its listeners from the pool (the pool is unwatched). */
  detach(): void {
    this.pool.off("connect", this.onConnect);
    this.pool.off("remove", this.onRemove);
  }

  /** Clients the pool counts that are still connecting: each one a caller's checkout waiting for its connection. */
  connecting(): number {
    return Math.max(0, this.pool.totalCount - this.opened - this.before);
  }

  /**
   * Called once a tick: the callers still waiting for a connection when some were waiting at the last tick too and
   * not one connection opened in between (0 otherwise). A connect that takes a whole interval is a hung one.
   */
  stalled(): number {
    const connecting = this.connecting();
    const last = this.atLastTick;
    const stalled = connecting > 0 && last.connecting > 0 && last.openedEver === this.openedEver ? connecting : 0;
    this.atLastTick = { connecting, openedEver: this.openedEver };
    return stalled;
  }

  private readonly onConnect = (client: object): void => {
    if (this.open.has(client)) return;
    this.open.add(client);
    this.opened++;
    this.openedEver++;
    try {
      this.onOpened();
    } catch {
      // pg-pool emits `connect`: nothing of the monitor's may escape into it.
    }
  };

  private readonly onRemove = (client: object): void => {
    if (this.open.delete(client)) this.opened--;
    else if (this.before > 0) this.before--;
  };
}
