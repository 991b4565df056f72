// Source: holdfenytolvaj/pogi — src/pgDb.ts (PgDb.initConnectionForListen), reduced by hand, not copied
// Label: hand-over
// Why: the LISTEN connection is stored in a field for the object's lifetime; the restart and close paths release it
import pg from "pg";
import { EventEmitter } from "node:events";

export class PgDb {
  pool = new pg.Pool();
  private connectionForListen: pg.PoolClient | null = null;
  private listeners = new EventEmitter();
  private needRestart = false;

  notificationListener = (n: pg.Notification) => this.listeners.emit(n.channel, n);

  errorListener = () => {
    this.needRestart = true;
  };

  private async initConnectionForListen() {
    this.connectionForListen = await this.pool.connect();
    this.connectionForListen.on("notification", this.notificationListener);
    this.connectionForListen.on("error", this.errorListener);
  }

  async close() {
    this.connectionForListen?.release();
    this.connectionForListen = null;
  }
}
