// Source: graphile/graphile-engine — packages/graphile-build-pg/src/withPgClient.js at 5cd51b66 (getPgClientAndReleaserFromConfig, the checkout behind the watch listener that issue #710 "Connection pool leak when unexpected tcp reset occurs" reports losing; its pg.Client branch left out, one checkout a case), reduced by hand, not copied
// Label: hand-over
// Why: a client checked out of a pool is returned to the caller together with a `releasePgClient` closure that releases it; the caller owns the release (the leak in #710 is the listener dropping that closure on reconnect)
import pg from "pg";

function quacksLikePgPool(config) {
  return !!config && typeof config === "object" && typeof config.connect === "function" && typeof config.query === "function";
}

export const getPgClientAndReleaserFromConfig = async (pgConfig = process.env.DATABASE_URL) => {
  let releasePgClient = () => {};
  let pgClient;
  if (pgConfig instanceof pg.Client) {
    pgClient = pgConfig;
    if (!pgClient.release) {
      throw new Error("We only support PG clients from a PG pool");
    }
  } else if (pgConfig instanceof pg.Pool || quacksLikePgPool(pgConfig)) {
    const pgPool = pgConfig;
    pgClient = await pgPool.connect();
    releasePgClient = () => pgClient.release();
  } else {
    throw new Error("You must provide either a pg.Pool or pg.Client instance or a PostgreSQL connection string.");
  }
  return { pgClient, releasePgClient };
};
