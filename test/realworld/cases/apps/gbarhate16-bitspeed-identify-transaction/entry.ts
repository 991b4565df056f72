// Source: GBarhate16/bitspeed — src/modules/identify/identify.service.ts at 503ed97 (identify), reduced by hand, not copied
// Label: safe
// Why: a Prisma project (src/db/prismaClient.ts) that drops to a separate pg pool for its identity merge: BEGIN, an advisory xact lock, the merge queries and COMMIT run inside a try whose catch rolls back and whose finally releases, the early `return` after the first COMMIT included
import { pgPool } from "./pg";
import { redis } from "../../cache/redis";

export async function identify(email: string | null, phoneNumber: string | null) {
  const cacheKey = `identify:${email ?? ""}:${phoneNumber ?? ""}`;
  const cached = await redis.get(cacheKey);
  if (cached) return JSON.parse(cached);

  const client = await pgPool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1, $2)", [1, 2]);
    const matches = await client.query('SELECT * FROM "Contact" WHERE email = $1 OR "phoneNumber" = $2', [email, phoneNumber]);
    if (matches.rows.length === 0) {
      const created = await client.query('INSERT INTO "Contact" (email, "phoneNumber") VALUES ($1, $2) RETURNING *', [email, phoneNumber]);
      await client.query("COMMIT");
      const out = { primary: created.rows[0].id };
      await redis.set(cacheKey, JSON.stringify(out), "EX", 120);
      return out;
    }
    await client.query('UPDATE "Contact" SET "linkedId" = $1 WHERE id = ANY($2::int[])', [matches.rows[0].id, []]);
    await client.query("COMMIT");
    return { primary: matches.rows[0].id };
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}
