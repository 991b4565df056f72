// Source: electric-sql/electric — examples/write-patterns/shared/backend/api.js (POST /changes), reduced by hand, not copied
// Label: safe
// Why: the early 400 return comes before the checkout; afterwards BEGIN, the work and COMMIT are in the try, the catch rolls back and returns, and the finally releases (awaiting release()'s undefined)
import express from "express";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const app = express();

function applyChange(change) {
  return pool.query(`UPDATE todos SET completed = $2 WHERE id = $1`, [change.id, change.completed]);
}

app.post(`/changes`, async (req, res) => {
  let data;
  try {
    data = parseTransactions(req.body);
  } catch (err) {
    return res.status(400).json({ errors: err.errors });
  }

  const client = await pool.connect();
  try {
    await client.query(`BEGIN`);
    data.forEach((tx) => {
      tx.changes.forEach((change) => {
        applyChange(change);
      });
    });
    await client.query(`COMMIT`);
  } catch (err) {
    await client.query(`ROLLBACK`);
    return res.status(500).json({ errors: err });
  } finally {
    await client.release();
  }

  return res.status(200).json({ status: `OK` });
});

function parseTransactions(body) {
  if (!Array.isArray(body)) throw Object.assign(new Error("bad"), { errors: [] });
  return body;
}
