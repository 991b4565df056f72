// Source: DevJoghurt/nuxt-queue — packages/adapter-stream-postgres/src/runtime/adapter.ts (PostgresStreamAdapter.ensureConnected), reduced by hand, not copied
// Label: safe
// Why: a dedicated `pg.Client` held for LISTEN/NOTIFY for the adapter's lifetime; not a pool checkout
import { Client, type ClientConfig } from "pg";

export class StreamAdapterSketch {
  private client: Client;
  private connected = false;
  private connecting = false;

  constructor(config: ClientConfig, private logger: { info: (m: string) => void; error: (m: string, e: unknown) => void }) {
    this.client = new Client(config);
  }

  async ensureConnected(): Promise<void> {
    if (this.connected || this.connecting) return;
    this.connecting = true;
    try {
      await this.client.connect();
      this.connected = true;
      this.logger.info("Connected to PostgreSQL for LISTEN/NOTIFY");
    } catch (err) {
      this.logger.error("Connection failed:", err);
      throw err;
    } finally {
      this.connecting = false;
    }
  }
}
