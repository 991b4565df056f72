// Source: GEOLYTIX/xyz — mod/user/acl.js (acl, as fixed by PR #2724 "Release client after everything"), reduced by hand, not copied
// Label: safe
// Why: the client is declared before the try and released with `client?.release()` in its finally, on every path
import pg from "pg";

const { Pool } = pg;

const connection = process.env.PRIVATE?.split("|");

let aclTable, aclSchema, pool;

export default !connection?.[1]
  ? null
  : (() => {
      aclTable = connection[1].split(".").pop();
      aclSchema = connection[1].split(".")[0] === aclTable ? "public" : connection[1].split(".")[0];
      pool = new Pool({ connectionString: connection[0], connectionTimeoutMillis: 5000 });
      return acl;
    })();

async function acl(q, arr) {
  let client;
  try {
    client = await pool.connect();
    const { rows } = await client.query(q.replace(/acl_table/g, aclTable).replace(/acl_schema/g, aclSchema), arr);
    return rows;
  } catch (err) {
    console.error(err);
    return new Error("Failed to query PostGIS table.");
  } finally {
    client?.release();
  }
}
