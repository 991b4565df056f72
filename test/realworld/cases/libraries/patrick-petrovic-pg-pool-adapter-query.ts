// Source: patrick-petrovic/pg-pool-adapter — lib/pg-pool.adapter.ts (PgPoolAdapter.query), reduced by hand, not copied
// Label: safe
// Why: the adapter's own connect() (a tarn checkout dressed with a `release`) is awaited, then the query runs in a try whose finally releases
import { Pool as TarnPool } from "tarn";
import { EventEmitter } from "node:events";

export class PgPoolAdapter extends EventEmitter {
  constructor(private readonly pool: TarnPool<any>) {
    super();
  }

  async query(...args: any[]) {
    if (typeof args[args.length - 1] === "function") {
      throw new Error("Callbacks are not supported. Use Promise instead.");
    }
    const client = await this.connect();
    try {
      return await client.query(...args);
    } finally {
      client.release();
    }
  }

  async connect() {
    const client = await this.pool.acquire().promise;
    let released = false;
    client.release = () => {
      if (released) throw new Error("Release called on client which has already been released to the pool.");
      this.pool.release(client);
      released = true;
    };
    return client;
  }
}
