// Source: sennentech/dcb-event-sourced — packages/event-store-postgres/src/eventStore/PostgresEventStore.append.tests.ts (beforeEach/afterEach), reduced by hand, not copied
// Label: hand-over
// Why: beforeEach stores its checkout in the describe's `client`, which afterEach commits and releases (the test framework runs afterEach even when a test or the hook fails)
import { Pool, PoolClient } from "pg";
import { PostgresEventStore } from "./PostgresEventStore";
import { getTestPgDatabasePool } from "../../jest.testPgDbPool";
import { Query, streamAllEventsToArray } from "@dcb-es/event-store";

describe("postgresEventStore.append", () => {
  let pool: Pool;
  let client: PoolClient;
  let eventStore: PostgresEventStore;

  beforeAll(async () => {
    pool = await getTestPgDatabasePool();
    eventStore = new PostgresEventStore(pool);
    await eventStore.ensureInstalled();
  });

  beforeEach(async () => {
    client = await pool.connect();
    await client.query("BEGIN TRANSACTION ISOLATION LEVEL SERIALIZABLE");
    eventStore = new PostgresEventStore(client);
  });

  afterEach(async () => {
    await client.query("COMMIT");
    client.release();
    await pool.query("TRUNCATE table events");
  });

  afterAll(async () => {
    if (pool) await pool.end();
  });

  test("should return an empty array when no events are stored", async () => {
    const events = await streamAllEventsToArray(eventStore.read(Query.all()));
    expect(events.length).toBe(0);
  });
});
