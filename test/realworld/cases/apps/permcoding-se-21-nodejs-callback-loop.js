// Source: permCoding/se-21-nodejs — part-2/themes/10-service/async/12-pg.js (loop of checkouts), reduced by hand, not copied
// Label: safe
// Why: each callback checkout calls done() first thing in its query callback
const { Pool } = require("pg");

const pool = new Pool({ host: "localhost", database: "music" });
const started = Date.now();

for (let i = 0; i < 12; i++) {
  pool.connect((err, client, done) => {
    if (err) throw err;
    client.query(`SELECT composer FROM tracks WHERE genre_id > ${i}`, (queryError) => {
      done();
      if (queryError) throw queryError;
      console.log(`i=${i} ${Date.now() - started}ms`);
    });
  });
}
