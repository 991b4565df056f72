// Source: sennentech/dcb-event-sourced — packages/event-store-postgres/src/eventStore/PostgresEventStore.append.tests.ts (the READ COMMITTED test), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the test checks out a client, runs BEGIN and an expectation that can fail, then ROLLBACK and release with no finally: a failed BEGIN or expectation leaves the client checked out
import { Pool } from "pg";
import { PostgresEventStore } from "./PostgresEventStore";
import { getTestPgDatabasePool } from "../../jest.testPgDbPool";
import { EventType1 } from "./testEvents";

describe("postgresEventStore.append", () => {
  let pool: Pool;

  beforeAll(async () => {
    pool = await getTestPgDatabasePool();
  });

  afterAll(async () => {
    if (pool) await pool.end();
  });

  test("should throw error if given a transaction that is not at isolation level serializable (READ COMMITTED)", async () => {
    const client = await pool.connect();
    await client.query("BEGIN TRANSACTION ISOLATION LEVEL READ COMMITTED");
    const eventStore = new PostgresEventStore(client);
    await expect(eventStore.append(new EventType1())).rejects.toThrow("Transaction is not serializable");
    await client.query("ROLLBACK");
    client.release();
  });
});
