// Source: https://tessl.io/registry/tessl/npm-pg-copy-streams/7.0.0 (an AI-agent documentation tile for pg-copy-streams, "Basic Usage": export with COPY TO), reduced by hand, not copied
// Label: safe
// Why: the COPY TO stream is piped to stdout and the checkout's `done` is bound to both its 'end' and 'error' events, so the client goes back either way (a failed checkout throws on `client.query` with nothing checked out)
const { Pool } = require("pg");
const { to: copyTo } = require("pg-copy-streams");

const pool = new Pool();

pool.connect((err, client, done) => {
  const stream = client.query(copyTo("COPY my_table TO STDOUT"));
  stream.pipe(process.stdout);
  stream.on("end", done);
  stream.on("error", done);
});
