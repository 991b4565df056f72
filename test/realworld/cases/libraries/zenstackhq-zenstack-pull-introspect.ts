// Source: zenstackhq/zenstack — packages/cli/src/actions/pull/provider/postgresql.ts (introspect), reduced by hand, not copied
// Label: safe
// Why: `zen db pull` introspects with a dedicated `pg.Client` imported on demand, ended in a finally; no pool checkout
export async function introspect(connectionString: string, schemas: string[]) {
  const { Client } = await import("pg");
  const client = new Client({ connectionString });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ schema: string; name: string }>("SELECT table_schema AS schema, table_name AS name FROM information_schema.tables");
    return { tables: tables.filter((t) => schemas.includes(t.schema)) };
  } finally {
    await client.end();
  }
}
