import pg from "pg";

class PostgreSQLClient {
  private _connection: pg.Pool | undefined;

  constructor(private _params: pg.PoolConfig) {}

  async connect() {
    this._connection = new pg.Pool(this._params);
  }

  ping() {
    return this._connection!.query("SELECT 1+1");
  }

  destroy() {
    this._connection?.end();
  }
}

export class ClientsFactory {
  static async getClient(args: { uid: string; client: string; params: pg.PoolConfig }) {
    return new PostgreSQLClient(args.params);
  }
}
