// Source: darky/pg-trx-outbox — src/transfer.ts (Transfer.doTransferMessages), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the finally awaits `client.query('commit')` before `client.release()`; when the commit rejects (the connection died mid-batch) the release is skipped
import { Pg } from "./pg.ts";

interface Message {
  id: string;
  attempts: number;
}

interface Adapter {
  send(messages: readonly Message[]): Promise<Array<{ status: string }>>;
  onHandled(messages: readonly Message[]): Promise<void>;
}

export class Transfer {
  private readonly pg: Pg;
  private readonly adapter: Adapter;

  constructor(pg: Pg, adapter: Adapter) {
    this.pg = pg;
    this.adapter = adapter;
  }

  private async doTransferMessages(mode: "command" | "event") {
    let messages: readonly Message[] = [];
    const client = await this.pg.getClient();
    try {
      await client.query("begin");
      const { rows } = await client.query("select * from outbox where mode = $1 for update skip locked", [mode]);
      messages = rows;
      if (messages.length) {
        await this.adapter.send(messages);
        await client.query("update outbox set processed = true where id = any($1)", [messages.map((m) => m.id)]);
      }
    } catch (e) {
      if ((e as { code: string }).code !== "55P03") throw e;
    } finally {
      await client.query("commit");
      client.release();
    }
    await this.adapter.onHandled(messages);
  }
}
