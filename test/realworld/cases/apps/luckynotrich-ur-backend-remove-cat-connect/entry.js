// Source: Luckynotrich/ur-backend — routes/db/remove-cat-db.js (module level), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a connectivity check `pool.connect((err) => …)` on the pool a local module's getPool() returns: the callback leaves out the client and its release, so the checkout never goes back
let db = require("./fs_pool.js");
const pool = db.getPool();

pool.connect((err) => {
  if (err) {
    console.error("connection error", err.stack);
  } else {
    console.log("connected");
  }
});
