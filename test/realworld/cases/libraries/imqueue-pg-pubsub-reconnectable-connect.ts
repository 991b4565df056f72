// Source: imqueue/pg-pubsub — src/PgPubSub.ts (PgPubSub.connect), reduced by hand, not copied
// Label: safe
// Why: the pub/sub's own `pg.Client` (a field) is connected inside a promise executor, un-awaited, and settled through its 'connect' event; a Client's connect is no checkout
import { EventEmitter } from "node:events";
import { Client, type ClientConfig } from "pg";

export class PgPubSub extends EventEmitter {
  public readonly pgClient: Client;

  constructor(config: ClientConfig) {
    super();
    this.pgClient = new Client(config);
  }

  private async setAppName(): Promise<void> {
    await this.pgClient.query("SET application_name TO 'pg-pubsub'");
  }

  // reconnects through connect() again (left out: a case has one connect() call)
  private declare readonly reconnect: () => void;

  public async connect(): Promise<void> {
    return new Promise((resolve, reject) => {
      const onConnect = async () => {
        await this.setAppName();
        this.emit("connect");
        resolve();
        cleanup();
      };
      const onError = (err: any) => {
        reject(err);
        cleanup();
      };
      const cleanup = () => {
        this.pgClient.off("connect", onConnect);
        this.off("error", onError);
      };

      this.pgClient.once("end", this.reconnect);
      this.pgClient.once("connect", onConnect);
      this.once("error", onError);

      this.pgClient.connect();
    });
  }
}
