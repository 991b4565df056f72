// Source: schulmannn/pulse-analytics — server/db.js at 540cd29 (exportUserData, "fix(db): GDPR export on one dedicated client, queried SEQUENTIALLY"), reduced by hand, not copied
// Label: safe
// Why: the export moved from a pool.query fan-out to one checkout whose queries are awaited one after another inside a try/finally that releases (the commit's point: a Promise.all on the one client would let the finally release it with queries still queued); the early `return null` runs through the finally too
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
const enabled = Boolean(process.env.DATABASE_URL);

async function exportUserData(uid) {
  if (!enabled || uid == null) return null;
  const client = await pool.connect();
  try {
    const one = async (sql, params) => (await client.query(sql, params)).rows[0] || null;
    const many = async (sql, params) => (await client.query(sql, params)).rows;

    const account = await one("SELECT id, email, role, created_at FROM users WHERE id=$1", [uid]);
    if (!account) return null;

    const prefs = await one("SELECT prefs FROM user_prefs WHERE uid=$1", [uid]);
    const reports = await many("SELECT id, name, config FROM reports WHERE uid=$1 ORDER BY id", [uid]);
    const channels = await many("SELECT id, username, title FROM channels WHERE owner_uid=$1 ORDER BY id", [uid]);

    for (const ch of channels) {
      const daily = await many("SELECT * FROM channel_daily WHERE channel_id=$1 ORDER BY day", [ch.id]);
      const posts = await many("SELECT * FROM posts WHERE channel_id=$1 ORDER BY date_published", [ch.id]);
      const ig = await one("SELECT ig_user_id, username FROM ig_accounts WHERE channel_id=$1", [ch.id]);
      ch.archive = { daily, posts };
      ch.instagram = ig;
    }

    return {
      format: "atlavue-export",
      exported_at: new Date().toISOString(),
      account,
      prefs: prefs ? prefs.prefs : null,
      reports,
      channels,
    };
  } finally {
    client.release();
  }
}

module.exports = { exportUserData };
