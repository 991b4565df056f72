// Source: kamoliddin5917/twitter_full-backend-base — src/utils/pg.js at 87311d5 (pg), reduced by hand, not copied
// Label: safe
// Why: the Twitter clone's one query helper checks out before the try, logs a failed query in the catch and releases in the finally
const pool = require("./config/pool");

const pg = async (SQL, ...values) => {
  const client = await pool.connect();
  try {
    const data = await client.query(SQL, values);
    return data;
  } catch (error) {
    console.log(error);
  } finally {
    await client.release();
  }
};

module.exports = pg;
