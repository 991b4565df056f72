// Source: apoorv-mishra/pg-cursor-demo — without-cursor.js (async IIFE), reduced by hand, not copied
// Label: leak
// Why: the whole-table read awaits `SET statement_timeout TO 0` before the try whose finally releases; a failing SET rejects past the release and the client is never given back
(async () => {
  require("dotenv").config();

  let maxMemoryUsed = 0.0;
  const timeout = setInterval(() => {
    let currentMemoryUsed = process.memoryUsage().heapUsed / (1024 * 1024);
    maxMemoryUsed = Math.max(maxMemoryUsed, currentMemoryUsed);
  }, 500);

  const argv = require("minimist")(process.argv.slice(2));
  const { Pool } = require("pg");

  const pool = new Pool();

  const client = await pool.connect();

  await client.query(`SET statement_timeout TO 0`);

  const text = `SELECT * FROM ${argv.t}`;

  try {
    const res = await client.query(text);
    console.log(`Total rows fetched: ${res.rows.length}, max memory ${maxMemoryUsed} MB`);
  } catch (e) {
    console.log(e.stack);
  } finally {
    client.release();
    clearTimeout(timeout);
  }
})().catch((e) => console.log(e.stack));
