// Source: retracedhq/retraced — src/models/project/addUser.js at f2b26be6^ (addUserToProject, before PR #246 replaced the checkout with pgPool.query), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: `pg.query(q, v)` inserting the project user is not awaited; the function awaits another module's work and the finally releases the client while that insert may still be queued on it
import * as uuid from "uuid";

import getPgPool from "../../persistence/pg";
import populateEnvUser from "../environmentuser/populate_from_project";

const pgPool = getPgPool();

export default async function addUserToProject(opts) {
  let pg;
  try {
    pg = await pgPool.connect();
    const q = `insert into projectuser (id, project_id, user_id) values ($1, $2, $3)`;
    const v = [uuid.v4().replace(/-/g, ""), opts.projectId, opts.userId];
    pg.query(q, v);

    await populateEnvUser({ project_id: opts.projectId, user_id: opts.userId });
  } finally {
    pg.release();
  }
}
