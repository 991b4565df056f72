// Source: socketio/socket.io-postgres-adapter — lib/util.ts (PubSubClient.initClient), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the LISTEN client is stored in `this.client` only after an awaited LISTEN per channel; when one rejects, the catch schedules a reconnection and the checkout is never released
import type { Notification, Pool, PoolClient } from "pg";

export class PubSubClient {
  private client?: PoolClient;
  private reconnectTimer?: NodeJS.Timeout;
  private channels = new Set<string>();

  constructor(
    private readonly pool: Pool,
    private readonly onMessage: (message: unknown) => void,
  ) {}

  private scheduleReconnection() {
    this.reconnectTimer = setTimeout(() => this.initClient(), Math.floor(2000 * (0.5 + Math.random())));
  }

  private async initClient() {
    try {
      const client = await this.pool.connect();
      client.on("notification", async (msg: Notification) => {
        try {
          this.onMessage(JSON.parse(msg.payload as string));
        } catch (e) {
          console.error(e);
        }
      });
      client.on("end", () => {
        this.client = undefined;
        this.scheduleReconnection();
      });
      for (const channel of this.channels) {
        await client.query(`LISTEN "${channel}"`);
      }
      this.client = client;
    } catch (e) {
      this.scheduleReconnection();
    }
  }
}
