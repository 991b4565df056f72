// Source: radzish/test — src/index.js (test), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: a `new pg.Query` is submitted and listened to, then `done()` runs at once: the client goes back to the pool while its rows are still streaming in
const pg = require("pg");

function test() {
  const pool = new pg.Pool(process.env.DATABASE_URL);

  pool.connect(function (err, client, done) {
    console.log(`ERROR: ${err}`);

    const query = client.query(new pg.Query("select * from t_test"));
    query.on("row", (row) => {
      console.log(row);
    });
    query.on("end", () => {
      pool.end();
    });
    query.on("error", (e) => {
      console.log(e);
    });

    done();
  });
}

setTimeout(test, 1000);
