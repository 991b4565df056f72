// Source: antares-sql/antares — src/main/libs/clients/PostgreSQLClient.ts (PostgreSQLClient.raw, the autocommit branch), reduced by hand, not copied
// Label: leak
// Why: the query tab's checkout runs `this.use(args.schema)` (SET search_path to the tab's schema) before any try: a schema that fails throws with the pool client checked out and its pid still in the cancel map
import pg from "pg";

export class PostgreSQLClient {
  private _connection: pg.Pool | pg.Client;
  private _runningConnections = new Map<string, number>();
  private _schema = "public";

  constructor(config: pg.PoolConfig) {
    this._connection = new pg.Pool(config);
  }

  async use(schema: string, connection?: pg.Client | pg.PoolClient) {
    this._schema = schema;
    if (schema) await (connection || this._connection).query(`SET search_path TO "${schema}"`);
  }

  async killTabQuery(tabUid: string) {
    const id = this._runningConnections.get(tabUid);
    if (id) return await this.raw(`SELECT pg_cancel_backend(${id})`, {});
  }

  async raw(sql: string, args: { schema?: string; tabUid?: string }) {
    const isPool = this._connection instanceof pg.Pool;
    const connection = isPool ? ((await this._connection.connect()) as pg.PoolClient) : (this._connection as pg.Client);

    if (args.tabUid && isPool) this._runningConnections.set(args.tabUid, (connection as any).processID);

    if (args.schema) await this.use(args.schema, connection);

    const results = [];
    for (const query of sql.split(";")) {
      if (!query) continue;
      try {
        const res = await connection.query({ text: query, rowMode: undefined });
        results.push({ rows: res.rows, fields: res.fields });
      } catch (err) {
        if (isPool) {
          (connection as pg.PoolClient).release();
          if (args.tabUid) this._runningConnections.delete(args.tabUid);
        }
        throw err;
      }
    }

    if (isPool) {
      (connection as pg.PoolClient).release();
      if (args.tabUid) this._runningConnections.delete(args.tabUid);
    }
    return results.length === 1 ? results[0] : results;
  }
}
