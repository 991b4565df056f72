// Source: agents-inc/skills — src/skills/api-database-postgresql/SKILL.md at 279811b6 (Pattern 6, "LISTEN/NOTIFY with dedicated client", an AI-agent skill marked "Good Example"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client is handed to the caller only by `return client` after the awaited `LISTEN` query; when LISTEN rejects, the function rejects with the client checked out and nobody holding it (the skill is mirrored by skill indexes: skills.sh, openskillindex, jpskill, NeverSight/learn-skills.dev)
import type pg from "pg";

const CHANNEL = "order_updates";

declare function handleOrderUpdate(data: unknown): void;

export async function listenForUpdates(pool: pg.Pool): Promise<pg.PoolClient> {
  const client = await pool.connect();

  client.on("notification", (msg) => {
    if (msg.channel === CHANNEL && msg.payload) {
      handleOrderUpdate(JSON.parse(msg.payload));
    }
  });

  await client.query(`LISTEN ${CHANNEL}`);
  return client;
}
