// Source: deepstreamIO/deepstream.io-storage-postgres — src/schema-listener.ts (SchemaListener.connect, renamed acquireListener here), reduced by hand, not copied
// Label: hand-over
// Why: the LISTEN client and its `done` are kept on the instance (`this.client`, `this.releaseConnection`); destroy() releases it
import type * as pg from "pg";
import { EventEmitter } from "node:events";

export class SchemaListener {
  private client: pg.PoolClient | null = null;
  private releaseConnection: (() => void) | null = null;
  private emitter = new EventEmitter();

  constructor(private connectionPool: pg.Pool, private logger: { error(event: string, text: string): void }) {}

  private onNotification(msg: pg.Notification) {
    const [event, table] = (msg.payload ?? "").split(":");
    this.emitter.emit(msg.channel, { event, table });
  }

  private acquireListener(callback: () => void) {
    this.connectionPool.connect((error, client, done) => {
      if (error) {
        this.logger.error("ERROR", "could not get a client for schema listening");
      }
      if (client) {
        this.client = client;
        this.releaseConnection = done;
        this.client.on("notification", this.onNotification.bind(this));
        callback();
      } else {
        this.logger.error("ERROR", "no client");
      }
    });
  }

  subscribe(schema: string, done: (err: Error | null) => void) {
    if (this.client) {
      this.client.query(`LISTEN ${schema}`, (err) => done(err));
    } else {
      this.acquireListener(() => this.subscribe(schema, done));
    }
  }

  destroy() {
    this.releaseConnection?.();
    this.client = null;
  }
}
