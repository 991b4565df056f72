// Source: apoorv-mishra/pg-cursor-demo — with-cursor.js (async IIFE), reduced by hand, not copied
// Label: leak
// Why: the bulk-read benchmark awaits `SET statement_timeout TO 0` between the checkout and the try whose finally releases; when that statement fails the IIFE rejects into its `.catch`, the client stays checked out and the memory-logging interval keeps the process alive
(async () => {
  require("dotenv").config();

  let maxMemoryUsed = 0.0;
  const timeout = setInterval(() => {
    let currentMemoryUsed = process.memoryUsage().heapUsed / 1e6;
    maxMemoryUsed = Math.max(maxMemoryUsed, currentMemoryUsed);
  }, 500);

  const argv = require("minimist")(process.argv.slice(2));
  const util = require("util");
  const { Pool } = require("pg");
  const Cursor = require("pg-cursor");

  const pool = new Pool();

  const client = await pool.connect();

  await client.query(`SET statement_timeout TO 0`);

  const text = `SELECT * FROM ${argv.t}`;
  const ROWS_PER_BATCH = 1000;

  try {
    const cursor = client.query(new Cursor(text));
    const promisifiedCursorRead = util.promisify(cursor.read.bind(cursor));
    let totalRowsFetched = 0;
    let rows;
    do {
      rows = await promisifiedCursorRead(ROWS_PER_BATCH);
      totalRowsFetched += rows.length;
    } while (rows.length);
    console.log(`Total rows fetched: ${totalRowsFetched}, max memory ${maxMemoryUsed}`);
  } catch (e) {
    console.log(e.stack);
  } finally {
    client.release();
    clearTimeout(timeout);
  }
})().catch((e) => console.log(e.stack));
