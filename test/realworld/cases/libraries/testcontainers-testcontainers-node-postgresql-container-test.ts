// Source: testcontainers/testcontainers-node — packages/modules/postgresql/src/postgresql-container.test.ts ("should connect and return a query result"), reduced by hand, not copied
// Label: safe
// Why: a dedicated `pg.Client` against a throwaway container (disposed by `await using`); no pool checkout
import { Client } from "pg";
import { expect, it } from "vitest";
import { PostgreSqlContainer } from "@testcontainers/postgresql";

it("should connect and return a query result", async () => {
  await using container = await new PostgreSqlContainer("postgres:16-alpine").start();
  const client = new Client({
    host: container.getHost(),
    port: container.getPort(),
    database: container.getDatabase(),
    user: container.getUsername(),
    password: container.getPassword(),
  });
  await client.connect();
  const result = await client.query("SELECT 1");
  expect(result.rows[0]).toEqual({ "?column?": 1 });
  await client.end();
});
