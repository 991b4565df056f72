// Source: croquiscom/cormo — packages/cormo/src/adapters/postgresql.ts (getConnection / releaseConnection), reduced by hand, not copied
// Label: hand-over
// Why: getConnection returns the checkout to the ORM's transaction object, which gives it back through releaseConnection after COMMIT or ROLLBACK
export class PostgreSQLAdapter {
  private _pool: any;

  async getConnection(): Promise<any> {
    const adapterConnection = await this._pool.connect();
    return adapterConnection;
  }

  async releaseConnection(adapterConnection: any): Promise<void> {
    adapterConnection.release();
  }
}
