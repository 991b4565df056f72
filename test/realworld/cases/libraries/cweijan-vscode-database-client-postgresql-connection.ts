// Source: cweijan/vscode-database-client — src/service/connect/postgreSqlConnection.ts (PostgreSqlConnection.connect), reduced by hand, not copied
// Label: hand-over
// Why: the VS Code database client keeps one Client per saved connection on the instance; the connection manager caches it and end() closes it (a failed query ends it too)
import { Client, ClientConfig } from "pg";
import { EventEmitter } from "events";

export class PostgreSqlConnection {
  private client: Client;
  private dead = false;

  constructor(node: { host: string; port: number; user: string; password: string; database: string }) {
    const config = { ...node, connectionTimeoutMillis: 5000, statement_timeout: 10000 } as ClientConfig;
    this.client = new Client(config);
  }

  query(sql: string, callback?: (err: Error | null, rows?: any) => void) {
    const event = new EventEmitter();
    this.client.query(sql, (err, res) => {
      if (err) {
        if (callback) callback(err);
        this.end();
        event.emit("error", err.message);
      } else if (callback) {
        callback(null, res.rows);
      }
    });
    return event;
  }

  connect(callback: (err: Error) => void): void {
    this.client.connect((err) => {
      callback(err);
      if (!err) {
        this.client.on("error", this.end);
        this.client.on("end", this.end);
      }
    });
  }

  end(): void {
    this.dead = true;
    this.client.end();
  }
}
