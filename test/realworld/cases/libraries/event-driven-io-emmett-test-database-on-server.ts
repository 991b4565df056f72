// Source: event-driven-io/emmett — src/packages/emmett-postgresql/src/testing/postgreSQLTestDatabase.ts (onServer), reduced by hand, not copied
// Label: safe
// Why: a dedicated `pg.Client` for one admin action, ended in a finally; no pool checkout
import pg from "pg";
import { inject } from "vitest";

export const onServer = async <Result>(handle: (client: pg.Client) => Promise<Result>): Promise<Result> => {
  const client = new pg.Client({ connectionString: inject("sharedPostgreSQLConnectionString") });
  await client.connect();
  try {
    return await handle(client);
  } finally {
    await client.end();
  }
};
