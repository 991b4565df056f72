// Source: Fouzia77/Content-Publishing-API- — src/worker/index.js (processScheduledPublish), reduced by hand, not copied
// Label: safe
// Why: one checkout for the whole batch, released in the outer finally; each row's BEGIN/COMMIT/ROLLBACK sits in its own try/catch inside the loop
const Queue = require("bull");
const pool = require("../db/pool");
const { dropPostCache, dropListCache } = require("../lib/redis");

const queue = new Queue("scheduled-publish", { redis: process.env.REDIS_URL });

async function processScheduledPublish() {
  const client = await pool.connect();
  try {
    const { rows } = await client.query("SELECT id FROM posts WHERE status = 'scheduled' AND scheduled_for <= now()");
    for (const row of rows) {
      await client.query("BEGIN");
      try {
        const { rows: changed } = await client.query(
          "UPDATE posts SET status = 'published' WHERE id = $1 AND status = 'scheduled' RETURNING id",
          [row.id]
        );
        if (changed.length > 0) {
          await client.query("COMMIT");
          await dropListCache();
          await dropPostCache(row.id);
        } else {
          await client.query("ROLLBACK");
        }
      } catch (e) {
        await client.query("ROLLBACK").catch(() => {});
        console.error("publish failed", row.id, e);
      }
    }
  } finally {
    client.release();
  }
}

queue.process(async () => {
  await processScheduledPublish();
});

module.exports = { processScheduledPublish };
