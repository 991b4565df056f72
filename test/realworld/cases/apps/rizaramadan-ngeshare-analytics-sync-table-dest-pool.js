// Source: rizaramadan/ngeshare-analytics — src/sync/syncTable.js (syncTable), reduced by hand, not copied
// Label: safe
// Why: two databases (a source pool read with pool.query, a destination pool written in one transaction); the destination client is released in finally, also on the early return after COMMIT when there is nothing to sync
export async function syncTable(sourcePool, destPool, tableConfig) {
  const { name, timestampCol, columns, primaryKey } = tableConfig;
  const lastSync = await getLastSyncTimestamp(destPool, name);
  const logId = await logSyncStart(destPool, name);

  const client = await destPool.connect();
  try {
    await client.query("BEGIN");
    const params = lastSync ? [lastSync] : [];
    const where = lastSync ? ` WHERE "${timestampCol}" > $1` : "";
    const { rows } = await sourcePool.query(`SELECT ${columns.join(", ")} FROM "${name}"${where}`, params);
    if (rows.length === 0) {
      await client.query("COMMIT");
      await logSyncComplete(destPool, logId, 0);
      return { rowsSynced: 0, success: true };
    }
    const upsert = buildUpsertQuery(name, columns, primaryKey);
    for (const row of rows) {
      await client.query(upsert, columns.map((c) => row[c]));
    }
    await client.query("COMMIT");
    await logSyncComplete(destPool, logId, rows.length);
    return { rowsSynced: rows.length, success: true };
  } catch (error) {
    await client.query("ROLLBACK");
    await logSyncComplete(destPool, logId, 0, "failed", error.message);
    throw error;
  } finally {
    client.release();
  }
}

async function getLastSyncTimestamp(pool, name) {
  const { rows } = await pool.query("SELECT last_sync FROM sync_log WHERE table_name = $1", [name]);
  return rows[0]?.last_sync;
}
async function logSyncStart(pool, name) {
  const { rows } = await pool.query("INSERT INTO sync_log (table_name) VALUES ($1) RETURNING id", [name]);
  return rows[0].id;
}
async function logSyncComplete(pool, id, count, status = "ok", message = null) {
  await pool.query("UPDATE sync_log SET rows = $2, status = $3, message = $4 WHERE id = $1", [id, count, status, message]);
}
function buildUpsertQuery(table, columns, key) {
  return `INSERT INTO "${table}" (${columns.join(", ")}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(", ")}) ON CONFLICT ("${key}") DO NOTHING`;
}
