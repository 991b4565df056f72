// Source: tdmalone/working-plusplus — src/points.js (retrieveTopScores; issue #49 "postgres.connect hangs": "it works for like first 4-5 requests; then hangs"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client is released after the query with no try/finally: a failing SELECT rejects before `release()` and the client stays checked out
"use strict";

const pg = require("pg");

const scoresTable = "scores";
const postgres = new pg.Pool({ connectionString: process.env.DATABASE_URL, ssl: true });

const retrieveTopScores = async () => {
  const sql = "SELECT * FROM " + scoresTable + " ORDER BY score DESC";

  const dbClient = await postgres.connect(),
    result = await dbClient.query(sql),
    scores = result.rows;

  await dbClient.release();

  return scores;
};

module.exports = { retrieveTopScores };
