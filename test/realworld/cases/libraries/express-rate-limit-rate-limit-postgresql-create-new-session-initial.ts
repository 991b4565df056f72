// Source: express-rate-limit/rate-limit-postgresql — source/lib.ts at 8167039 (PostgresStore.createNewSession, the initial commit), reduced by hand, not copied
// Label: safe
// Why: the delete and the insert of the new session run in the try and the finally releases; the session is returned after the release
import { Pool } from "pg";

type Session = { id: string; expires_at: Date };

function calculateNextResetTime(windowMs: number): Date {
  return new Date(Date.now() + windowMs);
}

export default class PostgresStore {
  constructor(private pool: Pool, private windowMs: number) {}

  async createNewSession(): Promise<Session> {
    const newSession = { id: "provisional-id", expires_at: calculateNextResetTime(this.windowMs) };
    const deleteSessionQuery = "DELETE FROM rate_limit.sessions";
    const insertSessionQuery = "INSERT INTO rate_limit.sessions(expires_at) SELECT $1 RETURNING id";

    const client = await this.pool.connect();
    try {
      await client.query(deleteSessionQuery);
      const result = await client.query(insertSessionQuery, [newSession.expires_at]);
      newSession.id = result.rows[0].id;
    } finally {
      client.release();
    }
    return newSession;
  }
}
