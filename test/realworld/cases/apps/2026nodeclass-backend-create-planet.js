// Source: 2026NodeClass/backend — controllers/admin.controller.js at 7caa755 (createPlanet), reduced by hand, not copied
// Label: safe
// Why: a class project's insert takes a transaction-scoped advisory lock to number the new row, rolls back and rethrows in the catch, releases in the finally, and answers after the release
const pool = require("../db/pg");

const createPlanet = async (req, res) => {
  const { galaxy, type, name, en, coord, difficulty, uses, summary, body } = req.body;

  const client = await pool.connect();
  let newPlanet;
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [731042]);
    const idResult = await client.query(
      "SELECT 'p' || (COALESCE(MAX(SUBSTRING(id FROM 2)::integer), 0) + 1) AS id FROM planets WHERE id ~ '^p[0-9]+$'"
    );
    const result = await client.query(
      `INSERT INTO planets (id, galaxy_id, type, name, en, coord, difficulty, uses, summary, body)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
      [idResult.rows[0].id, galaxy, type, name, en, coord, difficulty, uses ?? 0, summary, body]
    );
    newPlanet = result.rows[0];
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }

  res.status(200).json({ message: "新增行星成功", data: newPlanet });
};

module.exports = { createPlanet };
