// Source: mahmoudalnkeeb/students-services — models/Service.js at 1fac00f (createService, "client.release() on finish or error"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: the fix releases in the catch and again in the finally: a failed INSERT releases twice, and pg's "Release called on client which has already been released" from the finally replaces the error being thrown
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
    client.release();
    throw new Error("adding service failed");
  } finally {
    client.release();
  }
}

module.exports = { createService };
