// Source: mit-teaching-systems-lab/dcss — server/util/db.js (the LISTEN/NOTIFY IIFE), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the module checks a client out of the pool to hold its LISTENs for the life of the process and only releases it from exit and crash handlers registered at the end; when the pg_stat_activity query, the terminate or the LISTEN rejects first, the async IIFE rejects with the client checked out and no handler to give it back
const Emitter = require("events");
const { Pool } = require("pg");
const { getDbConfig } = require("./dbConfig");

const pool = new Pool(getDbConfig());
const notifier = new Emitter();

(async () => {
  if (process.env.DB_CONFIG === "test") {
    return;
  }

  const client = await pool.connect();
  const result = await client.query(`
    SELECT pid FROM pg_stat_activity WHERE query LIKE 'LISTEN%'
  `);

  if (result.rowCount) {
    await client.query(`
      SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%'
    `);
  }

  await client.query(`
    LISTEN chat_created;
    LISTEN chat_message_created;
    LISTEN new_notification;
  `);

  client.on("notification", ({ channel, payload }) => {
    notifier.emit(channel, JSON.parse(payload));
  });

  process.once("SIGUSR2", async () => {
    await client.release();
    process.kill(process.pid, "SIGUSR2");
  });

  process.on("beforeExit", async () => {
    await client.release();
  });

  process.on("uncaughtException", ({ message }) => {
    console.log(`Uncaught Exception: ${message}`);
    client.release();
    process.exit(1);
  });
})();

exports.notifier = notifier;
