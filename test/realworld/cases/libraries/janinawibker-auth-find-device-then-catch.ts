// Source: JaninaWibker/auth — src/adapters/postgres.ts (find_device_by_id), reduced by hand, not copied
// Label: safe
// Why: the `.then` releases after its not-found check; the check's throw and a failed query both reach the `.catch`, which releases and rethrows
import { Pool, type QueryResult } from "pg";

interface DeviceRow {
  device_id: string;
  useragent: string;
  ip: string;
}

export function createDeviceAdapter(dbConfig: object) {
  const pool = new Pool(dbConfig);

  const findDeviceById = (deviceId: string) =>
    pool.connect().then((client) =>
      client
        .query("SELECT id AS device_id, useragent, ip FROM auth_device WHERE id = $1::uuid", [deviceId])
        .then((res: QueryResult<DeviceRow>) => {
          if (res.rowCount === 0) throw new Error(`device not found (by id: ${deviceId})`);
          client.release();
          return res.rows[0];
        })
        .catch((err) => {
          client.release();
          console.warn(err);
          throw err;
        }),
    );

  return { findDeviceById };
}
