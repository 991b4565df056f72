// Source: Rajatgurung/EWS_MQ_INTEGRATION — pg-db-handler.js at 20932a3 (saveToDatabase, called for every MQTT message), reduced by hand, not copied
// Label: safe
// Why: the batch of field readings is inserted in one transaction on a client checked out of the lazily built pool, rolled back in the catch and released in the finally
const { Pool } = require("pg");
const format = require("pg-format");

let pool = null;

function getDbPool() {
  if (!pool) {
    pool = new Pool({ connectionString: process.env.DB_URL, max: 5 });
    pool.on("error", (err) => console.error("Unexpected error on idle client", err));
  }
  return pool;
}

async function saveToDatabase(records) {
  if (!records || records.length === 0) {
    return;
  }

  const dbPool = getDbPool();
  const client = await dbPool.connect();

  try {
    await client.query("BEGIN");
    const values = records.map((r) => [new Date(r.time), r.unit, r.minid, r.fieldName, r.fieldValue, r.messageId]);
    await client.query(format('INSERT INTO readings ("time", "unit", "minid", "fieldName", "fieldValue", "messageId") VALUES %L', values));
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    console.error("Error saving to database:", error);
    throw error;
  } finally {
    client.release();
  }
}

module.exports = { getDbPool, saveToDatabase };
