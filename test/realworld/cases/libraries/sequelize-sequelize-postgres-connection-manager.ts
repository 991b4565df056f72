// Source: sequelize/sequelize — packages/postgres/src/connection-manager.ts (PostgresConnectionManager.connect), reduced by hand, not copied
// Label: safe
// Why: sequelize's own pool creates a dedicated `pg.Client` per connection; the callback resolves it or rejects with a typed error; no pg pool checkout
import type { Client, ClientConfig } from "pg";

declare class ConnectionRefusedError extends Error {
  constructor(cause: Error);
}
declare class ConnectionError extends Error {
  constructor(cause: Error);
}

export class ConnectionManagerSketch {
  constructor(private lib: { Client: new (config: ClientConfig) => Client }) {}

  async connect(config: ClientConfig): Promise<Client> {
    const connection = new this.lib.Client(config);
    await new Promise<Client>((resolve, reject) => {
      let responded = false;
      const endHandler = () => {
        if (!responded) reject(new ConnectionError(new Error("Connection timed out")));
      };
      connection.once("end", endHandler);
      connection.connect((err) => {
        responded = true;
        if (err) {
          if ((err as { code?: string }).code === "ECONNREFUSED") reject(new ConnectionRefusedError(err));
          else reject(new ConnectionError(err));
        } else {
          connection.removeListener("end", endHandler);
          resolve(connection);
        }
      });
    });
    connection.on("error", () => {
      (connection as Client & { _invalid?: boolean })._invalid = true;
    });
    return connection;
  }
}
