// Source: permCoding/se-21-nodejs — part-2/themes/10-service/async/14-pg.js (loop of async IIFEs), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: each async IIFE awaits a checkout and a query and never releases (the source notes it stalls after ten)
const { Pool } = require("pg");

const pool = new Pool({ host: "localhost", database: "music", max: 15 });
const started = Date.now();

for (let i = 0; i < 12; i++) {
  (async () => {
    try {
      const client = await pool.connect();
      await client.query(`SELECT composer FROM tracks WHERE genre_id > ${i}`);
      console.log(`i=${i} ${Date.now() - started}ms`);
    } catch (err) {
      console.error(err);
    }
  })();
}
