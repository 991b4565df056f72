// Source: Chronosdreamstate/Convoy — apps/api/src/hazards/hazards.routes.ts at 0b8954c (POST /hazards/bulk), reduced by hand, not copied
// Label: safe
// Why: a rider's offline hazard queue is trimmed to the Redis rate-limit quota before the checkout; only two empty arrays are made between `pool.connect()` and the try, and the finally releases before the reports are broadcast over socket.io
import { FastifyInstance } from "fastify";
import { Pool } from "pg";
import { Redis } from "ioredis";
import { computeExpiresAt, rateLimitKey, HAZARD_RATE_LIMIT } from "./hazards.config";

interface HazardPayload {
  id: string;
  type: string;
  lat: number;
  lng: number;
  expiresAt: string;
}

export async function hazardRoutes(fastify: FastifyInstance & { db: Pool; redis: Redis }) {
  const pool: Pool = fastify.db;
  const redis = fastify.redis;

  fastify.post("/hazards/bulk", async (request, reply) => {
    const userId = (request.user as { sub: string }).sub;
    const { hazards } = request.body as { hazards: { type: string; lat: number; lng: number; createdAt?: number }[] };

    const rateKey = rateLimitKey(userId);
    const used = (await redis.incrby(rateKey, hazards.length)) - hazards.length;
    const accepted = hazards.slice(0, Math.max(0, HAZARD_RATE_LIMIT - used));
    if (accepted.length === 0) {
      return reply.code(429).send({ error: "Rate limit exceeded" });
    }

    const now = Date.now();
    const client = await pool.connect();
    const inserted: string[] = [];
    const insertedPayloads: HazardPayload[] = [];
    try {
      await client.query("BEGIN");
      for (const h of accepted) {
        const created = h.createdAt ? new Date(Math.min(h.createdAt, now)) : new Date();
        const expires = computeExpiresAt(created.getTime());
        const r = await client.query<{ id: string }>(
          `INSERT INTO hazard_reports (reporter_id, hazard_type, location, expires_at, created_at)
           SELECT $1, $2, ST_SetSRID(ST_MakePoint($3, $4), 4326)::geography, $5, $6
           WHERE NOT EXISTS (SELECT 1 FROM hazard_reports WHERE reporter_id = $1 AND hazard_type = $2 AND created_at = $6)
           RETURNING id`,
          [userId, h.type, h.lng, h.lat, expires, created],
        );
        const row = r.rows[0];
        if (!row) continue;
        inserted.push(row.id);
        insertedPayloads.push({ id: row.id, type: h.type, lat: h.lat, lng: h.lng, expiresAt: expires.toISOString() });
      }
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }

    for (const payload of insertedPayloads) {
      fastify.io.emit("hazard:new", payload);
    }
    return { synced: inserted.length, deferred: hazards.length - accepted.length };
  });
}
