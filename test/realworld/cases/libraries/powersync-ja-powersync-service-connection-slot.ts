// Source: powersync-ja/powersync-service — libs/lib-postgres/src/db/connection/ConnectionSlot.ts (poke), reduced by hand, not copied
// Label: safe
// Why: `this.connect()` opens a pgwire connection (the project's own Postgres-wire client, not a pg pool checkout); it is destroyed when the slot closed meanwhile, else kept in `this.connection`
import * as pgwire from "@powersync/service-jpgwire";

export class ConnectionSlot {
  closed = false;
  connection: pgwire.PgConnection | null = null;
  private poking = false;

  constructor(private readonly config: pgwire.NormalizedConnectionConfig) {}

  protected async connect(): Promise<pgwire.PgConnection> {
    return pgwire.connectPgWire(this.config, { type: "standard" });
  }

  async poke() {
    if (this.closed || this.connection || this.poking) return;
    this.poking = true;
    try {
      for (let attempt = 0; attempt <= 5; attempt++) {
        try {
          const connection = await this.connect();
          if (this.closed) {
            connection.destroy();
            return;
          }
          this.connection = connection;
          break;
        } catch (err) {
          if (attempt >= 5) console.error(err);
        }
      }
    } finally {
      this.poking = false;
    }
  }
}
