// Source: red2n/tartware — Apps/billing-service/src/jobs/roll-date-roll-scheduler.ts (checkAndDispatch), reduced by hand, not copied
// Label: safe
// Why: the service's `pool` is destructured from `createDbPool(…)` of the workspace package `@tartware/config/db` (Apps/config); the one read runs in a `try` whose `finally` releases the client before the rows are used
import { pool } from "./db.js";

type ActivePropertyRow = { tenant_id: string; property_id: string; date_status: string };

const ACTIVE_PROPERTIES_SQL = "SELECT tenant_id, property_id, date_status FROM business_dates WHERE date_status = 'OPEN'";

export const buildDateRollScheduler = (dispatch: (row: ActivePropertyRow) => Promise<void>) => {
  const status = { lastCheckAt: null as string | null };

  const checkAndDispatch = async () => {
    status.lastCheckAt = new Date().toISOString();
    const client = await pool.connect();
    let rows: ActivePropertyRow[];
    try {
      const result = await client.query<ActivePropertyRow>(ACTIVE_PROPERTIES_SQL, []);
      rows = result.rows;
    } finally {
      client.release();
    }
    for (const row of rows) {
      if (row.date_status !== "OPEN") continue;
      await dispatch(row);
    }
  };

  return { checkAndDispatch, status };
};
