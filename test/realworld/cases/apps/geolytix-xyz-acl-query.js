// Source: GEOLYTIX/xyz — mod/user/acl.js at 1a0bafe3c^ (acl), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: release follows the awaited query inside try; a failing query goes to the catch, which returns the error and keeps the client (fixed upstream in PR #2724)
import pg from "pg";

const { Pool } = pg;

const connection = process.env.PRIVATE?.split("|");

let aclTable, aclSchema, pool;

export default !connection?.[1]
  ? null
  : (() => {
      aclTable = connection[1].split(".").pop();
      aclSchema = connection[1].split(".")[0] === aclTable ? "public" : connection[1].split(".")[0];
      pool = new Pool({ connectionString: connection[0] });
      return acl;
    })();

async function acl(q, arr) {
  try {
    const client = await pool.connect();
    const { rows } = await client.query(q.replace(/acl_table/g, aclTable).replace(/acl_schema/g, aclSchema), arr);
    client.release();
    return rows;
  } catch (err) {
    console.error(err);
    return err;
  }
}
