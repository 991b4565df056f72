// Source: khalidalshamsi123/CompaniesHouseAPI_LargeTeamProject — src/__tests__/COMPONENT_SNAPSHOT_TABLE.test.ts ("Then a new, timestamped snapshot…"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the test releases its client as its last statement; a failed snapshot, query or `expect` throws first and the client stays out for the rest of the run
import { describe, expect, it } from "@jest/globals";
import pool from "../database/setup/databasePool";
import { SnapshotManager } from "../database/snapshots/snapshotManager";

describe("Given there are fewer than five snapshots", () => {
  it("Then a new, timestamped snapshot of the data should be created.", async () => {
    const client = await pool.connect();

    const snapshotManager = new SnapshotManager(client);
    await snapshotManager.takeSnapshot("gambling");

    const tables = await client.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_name LIKE $2",
      ["test_schema", "gambling_business_registry_snapshot_%"],
    );
    expect(tables.rowCount).toEqual(1);

    const data = await client.query(`SELECT * FROM test_schema.${tables.rows[0].table_name}`);
    expect(data.rows).toStrictEqual([{ referenceid: "142355", gambling_approved: false }]);

    // Release client manually acquired from pool.
    client.release();
  });
});
