// Source: express-rate-limit/rate-limit-postgresql — source/util/session_handler.ts at 804fdd7 (createNewSession, shared by the individual-IP and aggregated-IP stores), reduced by hand, not copied
// Label: safe
// Why: the session row is replaced by a delete and an insert inside the try; the finally releases the pool client whether they succeed or not
import { Pool } from "pg";

export type Session = { id: string; name_: string; type_: string; expires_at: Date };

export async function createNewSession(name_: string, type_: string, windowMs: number, pool: Pool): Promise<Session> {
  const newSession: Session = { id: "provisional-id", name_, type_, expires_at: new Date(Date.now() + windowMs) };
  const deleteSessionQuery = "DELETE FROM rate_limit.sessions WHERE name_ = $1 and type_ = $2";
  const insertSessionQuery =
    "INSERT INTO rate_limit.sessions(name_, type_, expires_at) SELECT $1, $2, $3 RETURNING id, name_, type_";

  const client = await pool.connect();
  try {
    await client.query(deleteSessionQuery, [name_, type_]);
    const result = await client.query(insertSessionQuery, [name_, type_, newSession.expires_at]);
    newSession.id = result.rows[0].id;
  } finally {
    client.release();
  }
  return newSession;
}
