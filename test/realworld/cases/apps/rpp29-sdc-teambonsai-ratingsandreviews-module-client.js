// Source: RPP29-SDC-TEAMBONSAI/ratingsAndReviews — database/index.js at 31dd845, reduced by hand, not copied
// Label: safe
// Why: a Hack Reactor capstone makes a Pool only for node-postgres's README probe (`pool.query` then `pool.end()`), and serves every route from a dedicated `pg.Client` connected once at load and kept for the process's life; a Client's connect is no pool checkout
const { Pool, Client } = require("pg");
const psqlConfig = require("./config.js");

const pool = new Pool(psqlConfig);

pool.query("SELECT NOW()", (err, res) => {
  pool.end();
});

const client = new Client(psqlConfig);
client.connect();

const getReviews = (id) => {
  return client.query("SELECT * FROM reviews WHERE product_id = $1", [id]).then((res) => res.rows);
};

module.exports = { getReviews };
