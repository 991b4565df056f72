// Source: antares-sql/antares — src/main/libs/clients/PostgreSQLClient.ts (PostgreSQLClient.getConnection), reduced by hand, not copied
// Label: safe
// Why: a dedicated `pg.Client` per saved connection (or per uncommitted tab), not a pool checkout; it is returned to the caller, and a failed read-only SET drops it connected, never ended
import pg from "pg";

export class PostgreSQLClient {
  constructor(private _params: { readonly?: boolean }, private _config: pg.ClientConfig) {}

  async getDbConfig() {
    return { ...this._config };
  }

  async getConnection() {
    const dbConfig = await this.getDbConfig();
    const client = new pg.Client(dbConfig);
    await client.connect();
    const connection = client;

    if (this._params.readonly) await connection.query("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");

    connection.on("error", (err) => {
      Promise.reject(err);
    });

    return connection;
  }
}
