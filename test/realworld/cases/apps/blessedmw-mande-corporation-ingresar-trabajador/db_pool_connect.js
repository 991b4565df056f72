const Pool = require("pg-pool");

const config = require("./config");
const pool = new Pool(config);

pool.on("error", function (err, client) {
  console.error("idle client error", err.message, err.stack);
});

function connect(callback) {
  return pool.connect(callback);
}

module.exports = connect;
