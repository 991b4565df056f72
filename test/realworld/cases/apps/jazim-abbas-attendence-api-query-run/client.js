const { Pool } = require("pg");

// The pool is built inside a factory and handed out through a getter named
// getClient, so the export is a call result, not a `new Pool(…)` expression.
function init() {
  const pool = new Pool({ host: "localhost", database: "attendance" });
  return { getClient: () => pool };
}

const holder = init();
/** @type {Pool} */
const client = holder.getClient();

module.exports = client;
