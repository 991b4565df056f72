// Source: kibae/pg-logical-replication — src/logical-replication-service.ts (LogicalReplicationService.client), reduced by hand, not copied
// Label: safe
// Why: a dedicated replication-mode `pg.Client` kept on the service and ended by stop(); no pool checkout
import { Client, type ClientConfig, type Connection } from "pg";

export class ReplicationServiceSketch {
  private _client: Client | null = null;
  private _connection: Connection | null = null;

  constructor(private clientConfig: ClientConfig, private emit: (event: string, e: unknown) => void) {}

  async stop(): Promise<void> {
    await this._client?.end();
    this._client = null;
  }

  private async client(): Promise<[Client, Connection]> {
    await this.stop();
    this._client = new Client({ ...this.clientConfig, replication: "database" } as ClientConfig);
    await this._client.connect();
    // @ts-ignore the connection is not in the public typings
    this._connection = this._client.connection;
    this._client.on("error", (e) => this.emit("error", e));
    return [this._client!, this._connection!];
  }
}
