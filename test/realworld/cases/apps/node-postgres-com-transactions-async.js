// Source: https://node-postgres.com/features/transactions ("A pooled client with async/await"), reduced by hand, not copied
// Label: safe
// Why: connect() stays outside the try on purpose (no client to release if it fails); BEGIN and the rest run in a try whose finally releases
const { Pool } = require("pg");

const pool = new Pool();

async function addUserWithPhoto(name, photoUrl) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const res = await client.query("INSERT INTO users(name) VALUES($1) RETURNING id", [name]);
    await client.query("INSERT INTO photos(user_id, photo_url) VALUES ($1, $2)", [res.rows[0].id, photoUrl]);
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}

module.exports = { addUserWithPhoto };
