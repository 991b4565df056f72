// Source: gnschenker/es-dcb-library — tests/integration/event-store-append.test.ts (the mid-batch failure test), reduced by hand, not copied
// Label: hand-over
// Why: the test checks out a real client and wraps it in a fake client whose release() releases it; the fake reaches the store through a fake pool handed to the constructor, and append()'s finally calls that release — nothing between the checkout and the hand-over can throw
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PostgresEventStore, EventStoreError } from "../../src/store/event-store";
import { createTestPool, resetDatabase } from "./helpers";

describe("append", () => {
  let pool: pg.Pool;

  beforeAll(async () => {
    pool = createTestPool();
    await resetDatabase(pool);
  });

  afterAll(async () => {
    await pool.end();
  });

  it("rolls back every insert when one fails mid-batch", async () => {
    let insertCallCount = 0;
    const realClient = await pool.connect();

    const fakeClient = {
      query: async (sql: string, params?: unknown[]) => {
        if (/INSERT/i.test(String(sql))) {
          insertCallCount++;
          if (insertCallCount === 2) throw new Error("simulated constraint violation on second insert");
          return realClient.query(sql, params as unknown[]);
        }
        return realClient.query(sql);
      },
      release: () => {
        realClient.release();
      },
    };
    const fakePool = { connect: async () => fakeClient } as unknown as pg.Pool;
    const store = new PostgresEventStore({ pool: fakePool });

    await expect(
      store.append([
        { type: "RollbackTest", payload: { n: 1 } },
        { type: "RollbackTest", payload: { n: 2 } },
      ]),
    ).rejects.toBeInstanceOf(EventStoreError);
  });
});
