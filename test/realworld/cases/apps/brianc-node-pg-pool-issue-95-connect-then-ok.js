// Source: https://github.com/brianc/node-pg-pool/issues/95 (the reporter's query(), "can only pool max size errors be caught?"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the then-callback takes the client and returns 'OK' without releasing it, so only `max` checkouts ever settle and the rest wait
const Pool = require("pg-pool");

const pool = new Pool({ host: "172.18.0.15", port: 5432, max: 3, min: 1 });
pool.on("error", (err) => {
  console.error("An idle client has experienced an error", err.stack);
});

const query = () => {
  return pool
    .connect()
    .then((client) => {
      console.log("get client, then do nothing");
      return "OK";
    })
    .catch((err) => {
      console.error("catch an error! ");
    });
};

for (let i = 0; i < 10; i++) {
  query();
}
