// Which of a pool's clients are open connections. pg-pool's totalCount counts a client from the moment it starts
// connecting, so while the database is unreachable or hung it counts connections that do not exist (and may never):
// an outage would read as a full pool — "utilization at 100%", used connections at max — and send the reader after
// a leak. Its `connect` event marks a client that got through, `remove` one that left; a client that fails to
// connect leaves without a `remove`, never having been counted.
import type pg from "pg";

export class OpenConnections {
  private readonly open = new WeakSet<object>();
  private opened = 0;
  // Clients the pool had before it was watched: taken as open (watch a pool before its traffic), each uncounted
  // at its `remove`.
  private before: number;

  constructor(private readonly pool: pg.Pool) {
    this.before = pool.totalCount;
    pool.on("connect", this.onConnect);
    pool.on("remove", this.onRemove);
  }

  /** Clients the pool counts that are still connecting: each one a caller's checkout waiting for its connection. */
  connecting(): number {
    return Math.max(0, this.pool.totalCount - this.opened - this.before);
  }

  private readonly onConnect = (client: object): void => {
    if (this.open.has(client)) return;
    this.open.add(client);
    this.opened++;
  };

  private readonly onRemove = (client: object): void => {
    if (this.open.delete(client)) this.opened--;
    else if (this.before > 0) this.before--;
  };
}
