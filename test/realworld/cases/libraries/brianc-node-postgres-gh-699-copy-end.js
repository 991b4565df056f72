// Source: brianc/node-postgres — packages/pg/test/integration/gh-issues/699-tests.js, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: test code: done() sits only in the COPY stream's 'end' listener; a failing COPY emits 'error' and never 'end' (and `if (err) throw err` in the query callback leaves before it too)
const copyFrom = require("pg-copy-streams").from;
const pg = require("pg");

const pool = new pg.Pool();

pool.connect(function (err, client, done) {
  if (err) throw err;
  client.query("CREATE TEMP TABLE people (id integer, name text)", function (createErr) {
    if (createErr) throw createErr;
    const stream = client.query(copyFrom("COPY people FROM STDIN"));
    stream.on("end", function () {
      done();
      setTimeout(() => pool.end(), 50);
    });
    for (let i = 1; i <= 3; i++) stream.write(`${i}\tperson ${i}\n`);
    stream.end();
  });
});
