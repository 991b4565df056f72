const Pool = require("pg-pool");
const config = require("./config");

const pool = new Pool(config);

pool.on("error", function (err, client) {
  console.error("idle client error", err.message, err.stack);
});

// the pool also supports checking out a client for
// multiple operations, such as a transaction
function connect(callback) {
  return pool.connect(callback);
}

module.exports = connect;
