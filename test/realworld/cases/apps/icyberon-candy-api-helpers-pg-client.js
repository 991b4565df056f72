// Source: iCyberon/Candy_API — helpers/pg.js at 72f1da4 (module.exports.client), reduced by hand, not copied
// Label: hand-over
// Why: the helper module hooks the pool's connect and acquire events (empty handlers kept as hooks) and exports `client()`, which returns the pending checkout to its caller, who owns the release
var config = require("config");
var PgPool = require("pg").Pool;
var pool = new PgPool(config.get("postgres"));

pool.on("error", (err, client) => {
  console.error("idle client error", err.message, err.stack);
});

pool.on("connect", (client) => {});

pool.on("acquire", (client) => {});

module.exports.query = (query, ...values) => {
  return new Promise((resolve, reject) => {
    pool
      .query(query, values)
      .then((data) => resolve(data))
      .catch((err) => reject(err));
  });
};

module.exports.client = () => {
  return pool.connect();
};
