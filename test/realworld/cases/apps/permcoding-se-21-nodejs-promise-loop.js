// Source: permCoding/se-21-nodejs — part-2/themes/10-service/async/13-pg.js (loop of checkouts), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: promise style: every client from `pool.connect().then(client => …)` runs a query and is never released
const { Pool } = require("pg");

const pool = new Pool({ host: "localhost", database: "music", max: 15 });
const started = Date.now();

for (let i = 0; i < 15; i++) {
  pool
    .connect()
    .then((client) => {
      client
        .query(`SELECT composer FROM tracks WHERE genre_id > ${i}`)
        .then(() => console.log(`i=${i} ${Date.now() - started}ms`))
        .catch((err) => console.error(err));
    })
    .catch((err) => console.error(err));
}
