// Source: dimkk/pg-worker — src/pg/PGData.ts (PGData.getTable), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the checkout is released only after the awaited query (sent on the pool), with no try: a failed query skips `client.release(true)`
import { Pool, type QueryResult } from "pg";

export class PGData {
  _client: Pool;
  _params: { tableName?: string };

  constructor(params?: { tableName?: string }) {
    this._params = params || {};
    this._client = new Pool();
  }

  getTable = async (tableName?: string): Promise<QueryResult> => {
    const client = await this._client.connect();
    const table = tableName || this._params.tableName || "industry";
    const res = await this._client.query(`SELECT * FROM public.${table} ORDER BY id ASC`);
    client.release(true);
    return res;
  };
}
