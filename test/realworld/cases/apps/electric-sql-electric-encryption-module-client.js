// Source: electric-sql/electric — examples/encryption/backend/api.js (module body), reduced by hand, not copied
// Label: hand-over
// Why: top-level await checks out one client that the module keeps for the server's whole life and that every route handler uses; nothing ever releases it, by design (the same choice as apps/teebarg-pulse-metrics-exported-listen-client.ts, here kept in the module instead of exported)
import express from "express";
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const db = await pool.connect();

const app = express();
app.use(express.json());

app.post(`/items`, async (req, res) => {
  const { id, ciphertext, iv } = req.body;
  try {
    await db.query(`INSERT INTO items (id, ciphertext, iv) VALUES ($1, $2, $3)`, [id, ciphertext, iv]);
  } catch (err) {
    return res.status(500).json({ errors: err });
  }
  return res.status(200).json({ status: `OK` });
});

app.listen(3001);
