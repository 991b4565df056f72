// Source: noobaa/noobaa-core — src/util/postgres_client.js (PostgresClient.executeSQL as first proposed in PR #9541, before the review fix), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `await _do_query(client, q, 0)` sits between connect() and a release outside any finally; a failing SQL call keeps the client (the review bot's finding)
class PostgresClient {
  async executeSQL(query, params, options = {}) {
    const { query_name, preferred_pool = "default" } = options;
    /** @type {import('pg').Pool} */
    const pool = this._get_pool_for_sql(preferred_pool);
    const client = await pool.connect();

    const q = { text: query, values: params };
    if (query_name) {
      q.name = query_name;
    }

    const res = await _do_query(client, q, 0);
    client.release();
    return res;
  }
}

async function _do_query(client, q, attempt) {
  return client.query(q);
}

module.exports = { PostgresClient };
