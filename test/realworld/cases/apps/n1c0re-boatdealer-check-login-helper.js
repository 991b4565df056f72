// Source: n1c0re/BoatDealer — Server/routes/checkLogin.js with Server/DataAccess/startConnection.js, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the route's client comes from a helper that returns pool.connect(); its release is the try's last line, so a failing query (or res.json) skips it
import express from "express";
import pool from "../index.js";

async function startConnection() {
  try {
    const client = await pool.connect();
    return client;
  } catch (error) {
    console.error("Error connecting to the database:", error);
    throw error;
  }
}

const checkLogin = express.Router();

checkLogin.get("/:login", async (req, res) => {
  try {
    const client = await startConnection();
    const result = await client.query('SELECT EXISTS (SELECT 1 FROM users WHERE login = $1) AS "exists"', [req.params.login]);
    res.json({ exists: result.rows[0].exists });
    client.release();
  } catch (error) {
    console.error("Error:", error);
    res.status(500).send("Server Error");
  }
});

export default checkLogin;
