// Source: raybird/node-pg-trigger — pg_example/backend/src/lib/listener.ts (DbEventEmitter.listen), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a LISTEN checkout kept only by the notification closure: never released nor stored for a shutdown, and the LISTEN's rejection is not handled
import { Pool } from "pg";
import { EventEmitter } from "events";

export class DbEventEmitter extends EventEmitter {
  private client: Pool;

  constructor(client: Pool) {
    super();
    this.client = client;
    this.listen();
  }

  private async listen() {
    const client = await this.client.connect();
    client.query("LISTEN db_events");
    client.on("notification", (msg) => {
      if (msg.channel !== "db_events") return;
      try {
        this.emit("dbEvent", JSON.parse(msg.payload || "{}"));
      } catch (error) {
        console.error("bad payload", error);
      }
    });
  }
}
