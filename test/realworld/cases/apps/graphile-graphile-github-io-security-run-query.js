// Source: graphile/graphile.github.io — src/pages/graphile-build-pg/security.md at 4ceadcc (runQuery, the schema-only usage example), reduced by hand, not copied
// Label: leak
// Why: the documented example checks a client out and awaits `begin` before its try, so a failed BEGIN skips the release; and the finally awaits `commit` before `pgClient.release()`, so a COMMIT that rejects (a broken connection, a deferred constraint) skips it too
const { createPostGraphileSchema } = require("postgraphile");
const { graphql } = require("graphql");
const pg = require("pg");

const pgPool = new pg.Pool(process.env.DATABASE_URL);

async function runQuery(query, variables) {
  const schema = await createPostGraphileSchema(process.env.DATABASE_URL, ["users_schema", "posts_schema"], {
    jwtSecret: process.env.JWT_SECRET,
  });

  const pgClient = await pgPool.connect();
  await pgClient.query("begin");

  try {
    await pgClient.query(`select set_config('role', 'postgraphile_user', true), set_config('jwt.claims.user_id', '27', true)`);
    return await graphql(schema, query, null, { pgClient }, variables);
  } finally {
    await pgClient.query("commit");
    await pgClient.release();
  }
}

module.exports = { runQuery };
