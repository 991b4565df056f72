// Source: postgres-pool/postgres-pool — src/index.test.ts ("should close all connections in a pool when running more queries than available connections"), reduced by hand, not copied
// Label: safe
// Why: the validator connection is released at once; afterwards only its `processID` field (the backend pid, a plain number) is read, which sends nothing on the connection
import { expect, it } from "vitest";
import { Pool } from "postgres-pool";

interface WithProcessId {
  processID: number;
  release(): Promise<void>;
}

it("closes every connection of the pool", async () => {
  const validatorPool = new Pool({ connectionString: process.env.DB_URL });
  const validatorConnection: WithProcessId = await validatorPool.connect();
  await validatorConnection.release();

  const pool = new Pool({ connectionString: process.env.DB_URL, poolSize: 2 });
  await Promise.all([pool.query("select 1"), pool.query("select 2"), pool.query("select 3")]);
  await pool.end();

  const { rows } = await validatorPool.query("select pid from pg_stat_activity where pid > $1", [
    validatorConnection.processID,
  ]);
  expect(rows).toStrictEqual([]);
  await validatorPool.end();
});
