// Source: TheBridge-FullStackDeveloper/ft-nov22-BackendJS-examples — demo_express_ssr_crud_api_middle_mvc_sql/models/entries.js (getEntriesByEmail), reduced by hand, not copied
// Label: safe
// Why: the client is declared before the try and checked out inside it; the finally releases it on every path where a checkout happened (a failed connect makes `client.release()` throw a TypeError, but no client is out)
const { Pool } = require("pg");
const queries = require("./queries");

const pool = new Pool({ host: "localhost", database: "postgres" });

const getEntriesByEmail = async (email) => {
  let client, result;
  try {
    client = await pool.connect();
    const data = await client.query(queries.getEntriesByEmail, [email]);
    result = data.rows;
  } catch (err) {
    console.log(err);
    throw err;
  } finally {
    client.release();
  }
  return result;
};

module.exports = { getEntriesByEmail };
