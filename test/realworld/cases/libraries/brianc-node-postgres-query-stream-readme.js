// Source: brianc/node-postgres — packages/pg-query-stream/README.md (piping a QueryStream), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `done` is only bound to the stream's 'end'; a query error makes the stream emit 'error' and never 'end', so the client is never released
const pg = require("pg");
const QueryStream = require("pg-query-stream");
const JSONStream = require("JSONStream");

const pool = new pg.Pool();

pool.connect((err, client, done) => {
  if (err) throw err;
  const query = new QueryStream("SELECT * FROM generate_series(0, $1) num", [1000000]);
  const stream = client.query(query);
  stream.on("end", done);
  stream.pipe(JSONStream.stringify()).pipe(process.stdout);
});
