// Source: joeferner/nexq — packages/store-sql/src/dialect/PostgresDialect.ts at 8c6c883 (PostgresDialect.startListen), reduced by hand, not copied
// Label: hand-over
// Why: the dialect keeps its LISTEN client in the `listenClient` field before any LISTEN is awaited; shutdown() releases that field, so the client has an owner on every path
import pg from "pg";
import Pool from "pg-pool";
import { Dialect } from "./Dialect.js";
import { PostgresSql } from "../sql/PostgresSql.js";

export class PostgresDialect extends Dialect<Pool<pg.Client>, PostgresSql> {
  private listenClient?: pg.Client & pg.PoolClient;
  private shuttingDown = false;

  private async startListen(): Promise<void> {
    if (this.listenClient) {
      throw new Error("already started listening");
    }
    this.listenClient = await this.database.connect();
    this.listenClient.on("end", () => {
      if (this.shuttingDown) {
        return;
      }
      void this.startListen();
    });
    await this.listenClient.query("LISTEN nexq_message_notify");
    await this.listenClient.query("LISTEN nexq_queue_notify");
    this.listenClient.on("notification", (message) => {
      if (message.payload) this.emit("notification", JSON.parse(message.payload));
    });
  }

  public async shutdown(): Promise<void> {
    this.shuttingDown = true;
    if (this.listenClient) {
      this.listenClient.release();
      this.listenClient = undefined;
    }
    await this.database.end();
  }
}
