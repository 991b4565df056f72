// Source: 67070194/TheForecaster-2-PocketEdition — server/index.js at 008b5fd (ensureDevice), reduced by hand, not copied
// Label: safe
// Why: an air-quality station's MQTT ingest upserts the sending device in a transaction on a checked-out client (the early COMMIT-and-return and the ROLLBACK-and-rethrow both leave through the finally that releases)
import mqtt from "mqtt";
import pkg from "pg";

const { Pool } = pkg;

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const BASE_TOPIC = process.env.BASE_TOPIC || "TFCT_2_PE";

async function ensureDevice(mac) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const sel = await client.query("SELECT id FROM devices WHERE mac = $1", [mac]);
    if (sel.rowCount > 0) {
      await client.query("COMMIT");
      return sel.rows[0].id;
    }
    const ins = await client.query("INSERT INTO devices(mac, name) VALUES ($1, $2) RETURNING id", [mac, mac]);
    await client.query("COMMIT");
    return ins.rows[0].id;
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
}

export function onReading(topic, payload) {
  const mac = topic.split("/")[2] || "default";
  return ensureDevice(mac).then((deviceId) =>
    pool.query("INSERT INTO readings(device_id, ts, pm25) VALUES ($1, now(), $2)", [deviceId, JSON.parse(payload).pm25]),
  );
}

export { BASE_TOPIC, mqtt };
