// Source: retracedhq/retraced — src/models/user/getByExternalAuth.js at f2b26be6^ (the default export, before PR #246 "Fix error where `pg` is not defined on `pg.release()`"), reduced by hand, not copied
// Label: safe
// Why: the checkout is the first statement of the try and `pg.release()` sits in its finally; when connect() itself fails the finally throws a TypeError on `undefined` (the PR's bug, which hides the real error) but there is no client to leak
import getPgPool from "../../persistence/pg";

const pgPool = getPgPool();

export default async function (opts) {
  let pg;
  try {
    pg = await pgPool.connect();
    const sql = "select * from retraceduser where email = $1 and external_auth_id = $2";
    const result = await pg.query(sql, [opts.email, opts.authId]);
    if (result.rowCount > 0) {
      return result.rows[0];
    }

    return null;
  } finally {
    pg.release();
  }
}
