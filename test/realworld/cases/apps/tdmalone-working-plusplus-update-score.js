// Source: tdmalone/working-plusplus — src/points.js (updateScore; issue #49 "postgres.connect hangs": "it works for like first 4-5 requests; then hangs"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: three awaited queries (table setup, the upsert built by string concatenation, the select) run before `release()` with no try/finally: any of them failing keeps the client
"use strict";

const pg = require("pg");

const scoresTable = "scores";
const postgres = new pg.Pool({ connectionString: process.env.DATABASE_URL, ssl: true });

const updateScore = async (item, operation) => {
  const dbClient = await postgres.connect();
  await dbClient.query(
    "CREATE EXTENSION IF NOT EXISTS citext; CREATE TABLE IF NOT EXISTS " + scoresTable + " (item CITEXT PRIMARY KEY, score INTEGER);",
  );

  await dbClient.query(
    "INSERT INTO " + scoresTable + " VALUES ('" + item + "', " + operation + "1) " +
      "ON CONFLICT (item) DO UPDATE SET score = " + scoresTable + ".score " + operation + " 1;",
  );

  const selected = await dbClient.query("SELECT score FROM " + scoresTable + " WHERE item = '" + item + "';");

  await dbClient.release();
  const score = selected.rows[0].score;

  console.log(item + " now on " + score);
  return score;
};

module.exports = { updateScore };
