// Source: MelleB/pgtx — src/test/util.ts (getClient), reduced by hand, not copied
// Label: hand-over
// Why: the test helper connects a dedicated pg Client (no pool), registers `client.end()` with vitest's onTestFinished and returns it wrapped by pgtx to the test
import { Client } from "pg";
import { onTestFinished } from "vitest";
import pgtx, { type PgtxClient } from "..";

export async function getClient(): Promise<PgtxClient> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();

  onTestFinished(async () => await client.end());

  return pgtx(client);
}

export async function createTable(client: Client, tableName: string) {
  await client.query(`DROP TABLE IF EXISTS ${tableName};`);
  await client.query(`CREATE TABLE ${tableName} (x INT);`);
}
