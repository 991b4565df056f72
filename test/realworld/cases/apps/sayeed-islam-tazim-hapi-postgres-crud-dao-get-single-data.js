// Source: Sayeed-Islam-Tazim/Hapi-Postgres-CRUD — util/dao.js at 4c40ccd (get_singleData; update_data and delete_data have the same shape), reduced by hand, not copied
// Label: safe
// Why: each branch commits or rolls back and returns inside the try, and the finally releases on every one of those returns and on the catch's
"use strict";

const get_singleData = async (pool, query) => {
  const client = await pool.connect();

  try {
    await client.query("BEGIN");
    const res = await client.query(query);
    if (res.rowCount > 0) {
      await client.query("COMMIT");
      return { status: true, code: 200, message: res.rows };
    } else {
      await client.query("ROLLBACK");
      return "There is no such merchant with this oid";
    }
  } catch (err) {
    await client.query("ROLLBACK");
    return `error in get merchants ${err}`;
  } finally {
    client.release();
  }
};

module.exports = { get_singleData: get_singleData };
