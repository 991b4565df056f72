// Source: mahmoudalnkeeb/students-services — models/Service.js at 1fac00f^ (createService, before "client.release() on finish or error"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the finally is empty: no path releases the client, on success or on the rethrown error
const pool = require("./db");
const shortId = require("shortid");

async function createService(name, desc) {
  let client = await pool.connect();
  try {
    let id = shortId.generate();
    let sql = "INSERT INTO services(service_id, service_name, service_desc) VALUES($1, $2, $3)";
    let query = await client.query(sql, [id, name, desc]);
    return query.rows[0];
  } catch (error) {
    throw new Error("adding service failed");
  } finally {
  }
}

module.exports = { createService };
