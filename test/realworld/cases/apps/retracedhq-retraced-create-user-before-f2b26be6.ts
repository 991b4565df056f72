// Source: retracedhq/retraced — src/models/user/create.ts at f2b26be6^ (createUser, before PR #246 replaced the checkout with pgPool.query), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: the INSERT is started with `pg.query(q, v)` and not awaited, then the function returns and the finally releases: the client goes back to the pool with the insert still queued on it (and its failure is never seen)
import * as uuid from "uuid";
import getPgPool from "../../persistence/pg";

const pgPool = getPgPool();

export const ERR_DUPLICATE_EMAIL = new Error("DUPLICATE_EMAIL");

export default async function createUser(opts) {
  let pg;
  try {
    pg = await pgPool.connect();

    let q = "select count(1) from retraceduser where email = $1";
    let v: any[] = [opts.email];
    const dupes = await pg.query(q, v);
    if (dupes.rows[0].count > 0) {
      throw ERR_DUPLICATE_EMAIL;
    }

    q = `insert into retraceduser (id, email, external_auth_id, timezone) values ($1, $2, $3, $4)`;
    v = [uuid.v4().replace(/-/g, ""), opts.email, opts.authId, "US/Pacific"];
    pg.query(q, v);

    return { id: v[0], email: v[1], external_auth_id: opts.authId, timezone: v[3] };
  } finally {
    pg.release();
  }
}
