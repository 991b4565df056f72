// Source: medusajs/medusa — packages/cli/create-medusa-app/src/utils/postgres-client.ts (default export), reduced by hand, not copied
// Label: safe
// Why: `create-medusa-app` connects a dedicated `pg.Client` and returns it to the caller, who ends it; no pool checkout
import pg from "pg";

const { Client } = pg;

type PostgresConnection = { user?: string; password?: string; connectionString?: string; database?: string; host?: string; port?: number };

export default async (connect: PostgresConnection) => {
  const client = new Client(connect);
  await client.connect();
  return client;
};
