// Source: ErnestasD/gps_tracker — apps/worker/src/trip/recompute.ts at d4272ef (recomputeTrips), reduced by hand, not copied
// Label: safe
// Why: the telemetry worker rebuilds a device's closed trips from late GPS records: reads and the trip engine run on the pool before the checkout, then a typed `client: PoolClient` deletes and re-inserts the trips in one transaction whose catch rolls back and rethrows and whose finally releases
import type { Pool, PoolClient } from "pg";
import { TripEngine } from "./engine.js";
import { clampInt4 } from "./writer.js";

type RecomputedTrip = { startTime: Date; endTime: Date; distanceM: number };

export async function recomputeTrips(pool: Pool, deviceId: bigint, from: Date, to: Date, scope: { tenantId: string }) {
  const dev = deviceId.toString();
  const records = await pool.query('SELECT * FROM positions WHERE "deviceId"=$1 AND ts BETWEEN $2 AND $3 ORDER BY ts', [dev, from, to]);
  const existing = await pool.query<{ id: string; startTime: Date }>(
    `SELECT id, "startTime" FROM trips WHERE "deviceId"=$1 AND status='closed' AND "startTime" BETWEEN $2 AND $3`,
    [dev, from, to],
  );

  const trips: RecomputedTrip[] = [];
  for (const ev of new TripEngine().feed(records.rows)) {
    if (ev.type === "close") trips.push({ startTime: ev.startTime, endTime: ev.endTime, distanceM: ev.distanceM });
  }

  const client: PoolClient = await pool.connect();
  try {
    await client.query("BEGIN");
    const doomed = existing.rows.map((r) => r.id);
    const del =
      doomed.length === 0
        ? { rowCount: 0 }
        : await client.query(`DELETE FROM trips WHERE id = ANY($1::int8[]) AND "deviceId"=$2 AND status='closed'`, [doomed, dev]);
    for (const t of trips) {
      await client.query(
        `INSERT INTO trips ("tenantId","deviceId",status,"startTime","endTime","distanceM") VALUES ($1,$2,'closed',$3,$4,$5)`,
        [scope.tenantId, dev, t.startTime, t.endTime, clampInt4(t.distanceM)],
      );
    }
    await client.query("COMMIT");
    return { deleted: del.rowCount ?? 0, created: trips.length };
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}
