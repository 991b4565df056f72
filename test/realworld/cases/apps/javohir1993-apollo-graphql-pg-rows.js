// Source: javohir1993/apollo-graphql — utils/pg.js at bed0d10 (rows; row has the same shape), reduced by hand, not copied
// Label: safe
// Why: the Apollo modules' query helper runs its one query in the try, logs (and swallows) a failure in the catch and releases in the finally
const { Pool } = require("pg");

const pool = new Pool({ host: "localhost", database: "posts", port: 5432 });

const rows = async (SQL, ...params) => {
  const client = await pool.connect();

  try {
    const { rows } = await client.query(SQL, params);
    return rows;
  } catch (err) {
    console.log(err);
  } finally {
    client.release();
  }
};

module.exports.rows = rows;
