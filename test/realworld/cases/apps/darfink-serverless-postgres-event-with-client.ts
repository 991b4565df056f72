// Source: darfink/serverless-postgres-event — provider/src/sql.ts (withClient), reduced by hand, not copied
// Label: safe
// Why: a CloudFormation custom-resource Lambda opens a dedicated `pg.Client` per operation and ends it in the finally around the callback; a standalone Client, no pool checkout
import { Client } from "pg";

const withClient = async <T>(conn: string, fn: (c: Client) => Promise<T>): Promise<T> => {
  const client = new Client({ connectionString: conn, ssl: { rejectUnauthorized: false } });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
};

export const ensurePrereqs = async (conn: string, roleName: string) => {
  await withClient(conn, (c) => c.query(`do $$ begin if not exists (select 1 from pg_roles where rolname = '${roleName}') then create role "${roleName}" nologin; end if; end $$;`));
};
