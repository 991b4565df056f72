// Source: constructive-io/constructive — graphql/server/src/server.ts (Server.addEventListener and listenForChanges), reduced by hand, not copied
// Label: hand-over
// Why: the connect callback is a bound method that keeps the LISTEN client and its release in fields (`this.listenClient`, `this.listenRelease`); dropListener and shutdown release it
import type { Pool, PoolClient } from "pg";

declare function getPgPool(): Pool;

export class ServerSketch {
  private shuttingDown = false;
  private listenClient: PoolClient | null = null;
  private listenRelease: (() => void) | null = null;

  addEventListener(): void {
    if (this.shuttingDown) return;
    const pgPool = getPgPool();
    pgPool.connect(this.listenForChanges.bind(this));
  }

  listenForChanges(err: Error | null, client: PoolClient, release: () => void): void {
    if (err) {
      console.error("Error connecting with notify listener", err);
      if (!this.shuttingDown) setTimeout(() => this.addEventListener(), 5000);
      return;
    }
    if (this.shuttingDown) {
      release();
      return;
    }
    this.listenClient = client;
    this.listenRelease = release;
    client.on("error", (e) => this.dropListener(client, e));
    client.query('LISTEN "schema:update"').catch((e) => this.dropListener(client, e));
  }

  private dropListener(client: PoolClient, err: unknown): void {
    if (this.listenClient !== client) return;
    const release = this.listenRelease;
    this.listenClient = null;
    this.listenRelease = null;
    client.removeAllListeners("notification");
    console.error(err);
    release?.();
    if (!this.shuttingDown) setTimeout(() => this.addEventListener(), 5000);
  }
}
