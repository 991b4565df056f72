// Source: kamoliddin5917/books-grapgql-postgres_backend — src/utils/postgres.js (pg), reduced by hand, not copied
// Label: safe
// Why: the query helper's catch only logs (the resolver gets undefined) and the finally releases (`await client.release()`, harmless)
const pool = require("../secret/postgresKey");

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
