// Source: BlackGlory/pg-migrations — __tests__/utils.ts (resetDatabase), reduced by hand, not copied
// Label: safe
// Why: a test helper's standalone `pg.Client` on the maintenance database drops and recreates the test database and is ended; no pool checkout
import { Client } from "pg";

export async function resetDatabase(): Promise<void> {
  const client = new Client({
    host: "postgres",
    database: "postgres",
    user: "postgres",
    password: "password",
  });

  await client.connect();
  await client.query("DROP DATABASE IF EXISTS test;");
  await client.query("CREATE DATABASE test;");
  await client.end();
}
