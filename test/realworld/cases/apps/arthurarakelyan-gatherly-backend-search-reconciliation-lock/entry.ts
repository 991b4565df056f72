// Source: ArthurArakelyan/gatherly-backend — src/workers/search-reconciliation-lock.ts at 8e14080 (createSearchReconciliationLock), reduced by hand, not copied
// Label: safe
// Why: the search reconciliation worker runs each operation under a Postgres advisory lock held on a dedicated checkout: the returned arrow awaits withPostgresAdvisoryLock inside a try whose finally releases
import type { Pool } from "pg";
import { withPostgresAdvisoryLock } from "./advisory-lock.js";

type SearchReconciliationLock = <T>(operation: () => Promise<T>) => Promise<T | undefined>;

const SEARCH_RECONCILIATION_LOCK_NAME = "search-reconciliation";

export const createSearchReconciliationLock =
  (pool: Pool): SearchReconciliationLock =>
  async (operation) => {
    const client = await pool.connect();
    try {
      return await withPostgresAdvisoryLock(client, SEARCH_RECONCILIATION_LOCK_NAME, operation);
    } finally {
      client.release();
    }
  };
