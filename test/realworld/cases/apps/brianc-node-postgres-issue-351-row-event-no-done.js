// Source: https://github.com/brianc/node-postgres/issues/351 (the reporter's emitir handler), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the checkout callback never takes or calls `done`; every socket event pins one more client until the pool of 10 is gone
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

function announce(io, data) {
  pool.connect((err, client) => {
    const socketId = Math.floor(Math.random() * 1000) + 1;
    const query = client.query("SELECT connected_insert(1, $1, true, 2)", [String(socketId)]);
    query.on("row", () => {
      console.log("User successfully added");
    });
  });
  io.sockets.emit("nameFromServer", data + "*");
}

module.exports = { announce };
