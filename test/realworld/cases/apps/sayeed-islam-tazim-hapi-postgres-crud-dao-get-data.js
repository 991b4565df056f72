// Source: Sayeed-Islam-Tazim/Hapi-Postgres-CRUD — util/dao.js at 4c40ccd (get_data), reduced by hand, not copied
// Label: safe
// Why: the hapi CRUD's data-access helper gets the route's pool as a parameter; BEGIN, the query and COMMIT run in the try, the catch rolls back and returns a message, and the finally releases
"use strict";

const get_data = async (pool, query) => {
  const client = await pool.connect();

  try {
    await client.query("BEGIN");
    const res = await client.query(query);
    await client.query("COMMIT");
    return { status: true, code: 200, message: res.rows };
  } catch (err) {
    await client.query("ROLLBACK");
    return `error in get all merchants ${err}`;
  } finally {
    client.release();
  }
};

module.exports = { get_data: get_data };
