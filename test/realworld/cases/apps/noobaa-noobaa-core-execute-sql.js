// Source: noobaa/noobaa-core — src/util/postgres_client.js (PostgresClient.executeSQL after the review fix in PR #9541), reduced by hand, not copied
// Label: safe
// Why: everything after connect() runs in a try whose finally releases
class PostgresClient {
  async executeSQL(query, params, options = {}) {
    const { query_name, preferred_pool = "default" } = options;
    /** @type {import('pg').Pool} */
    const pool = this._get_pool_for_sql(preferred_pool);
    const client = await pool.connect();
    try {
      const q = { text: query, values: params };
      if (query_name) {
        q.name = query_name;
      }
      return await _do_query(client, q, 0);
    } finally {
      client.release();
    }
  }
}

async function _do_query(client, q, attempt) {
  return client.query(q);
}

module.exports = { PostgresClient };
