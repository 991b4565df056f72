// Source: KenTandrian/pg-sse — packages/pg-sse/src/server/listener.ts at 2cac937 (PostgresSseListener.connect), reduced by hand, not copied
// Label: safe
// Why: the SSE fan-out library LISTENs on a dedicated `new Client(...)` kept in `this.client`, not a pool checkout; a failed connect or LISTEN goes to handleConnectionError, which ends the client and schedules a reconnect (its timer, which connects again, left out), and disconnect() ends it
import { Client, ClientConfig } from "pg";

export class PostgresSseListener {
  private client: Client | null = null;
  private isConnected = false;
  private isDisconnecting = false;
  private clients = new Map<string, (data: string) => void>();
  private scheduleReconnect: () => void = () => {};

  constructor(private readonly config: ClientConfig | string, private readonly channels: string[] = ["db_changes"]) {}

  public async connect(): Promise<void> {
    if (this.isConnected) return;
    this.isDisconnecting = false;

    try {
      this.client = typeof this.config === "string" ? new Client(this.config) : new Client(this.config);
      this.client.on("error", (err) => this.handleConnectionError(err));
      this.client.on("notification", (msg) => this.broadcast("change", msg.payload));

      await this.client.connect();

      for (const channel of this.channels) {
        await this.client.query(`LISTEN ${channel}`);
      }
      this.isConnected = true;
    } catch (err) {
      this.handleConnectionError(err as Error);
    }
  }

  public async disconnect(): Promise<void> {
    this.isDisconnecting = true;
    this.isConnected = false;
    if (this.client) {
      try {
        await this.client.end();
      } catch {
        // ignored on a clean disconnect
      } finally {
        this.client = null;
      }
    }
  }

  public broadcast(event: string, data: unknown): void {
    const message = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const send of this.clients.values()) {
      try {
        send(message);
      } catch {
        // the browser's stream is gone
      }
    }
  }

  private handleConnectionError(err: Error) {
    if (this.isDisconnecting) return;
    this.isConnected = false;
    if (this.client) {
      this.client.end().catch(() => {});
      this.client = null;
    }
    this.scheduleReconnect();
  }
}
