// Source: rjchicago/pg-query-stream-demo — service/src/db.js (pgStreamSeries), reduced by hand, not copied
// Label: safe
// Why: a dedicated `pg.Client` per streamed request, not a pool checkout (the corpus's reading of a standalone Client): it is connected without an await and only its QueryStream is returned; nothing ever calls `client.end()`, so each call leaves one connection open after its stream ends, outside any pool
const pg = require("pg");
const QueryStream = require("pg-query-stream");

const connection = { host: "postgres", port: 5432, user: "postgres", database: "postgres" };

const pgStreamSeries = async (n, batchSize = 1000, highWaterMark = 10000) => {
  const client = new pg.Client(connection);
  client.connect();

  client.on("error", (err) => console.log(`pgClient error: ${JSON.stringify(err)}`));
  client.on("end", () => console.log("pgClient end"));

  const sql = `SELECT * FROM streamy ORDER BY num LIMIT ${n}`;
  const queryStream = new QueryStream(sql, [], { batchSize, highWaterMark });
  const dbStream = client.query(queryStream);
  return dbStream;
};

module.exports = { pgStreamSeries };
