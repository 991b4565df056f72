// Source: darky/pg-trx-outbox — src/es.ts (Es.initSync), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `this.pg.getClient()` is Pg's `return this.pool.connect()` (./pg.ts); a rejected cursor read or adapter send skips `client.release()`
import type { Pg } from "./pg.ts";
import Cursor from "pg-cursor";

interface Adapter {
  send(messages: Array<{ id: string }>): Promise<void>;
}

export class Es {
  private lastEventId = "0";
  private pg: Pg;
  private adapter: Adapter;

  constructor(pg: Pg, adapter: Adapter) {
    this.pg = pg;
    this.adapter = adapter;
  }

  private async initSync() {
    const client = await this.pg.getClient();
    const cursor = client.query(new Cursor("select id, value from outbox where is_event and id > $1 order by id", [this.lastEventId]));
    while (true) {
      const messages = await cursor.read(100);
      if (!messages.length) break;
      await this.adapter.send(messages);
      this.lastEventId = messages[messages.length - 1].id;
    }
    await cursor.close();
    client.release();
  }
}
