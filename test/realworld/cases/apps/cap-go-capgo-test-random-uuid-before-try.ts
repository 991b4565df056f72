// Source: Cap-go/capgo — tests/hashed-apikey-rls.test.ts (createHashedApiKey), reduced by hand, not copied
// Label: safe
// Why: only node:crypto's randomUUID() runs between connect() and the try whose finally releases; it takes no input and does not throw
import { randomUUID } from "node:crypto";
import { Pool } from "pg";

let pool: Pool;

export function openPool(url: string): void {
  pool = new Pool({ connectionString: url });
}

export async function createHashedApiKey(userId: string, name: string): Promise<{ id: number; key: string }> {
  const client = await pool.connect();
  const plainKey = randomUUID();
  try {
    const { rows } = await client.query(
      "INSERT INTO apikeys (user_id, key_hash, name) VALUES ($1, encode(digest($2, 'sha256'), 'hex'), $3) RETURNING id",
      [userId, plainKey, name],
    );
    return { id: Number(rows[0].id), key: plainKey };
  } finally {
    client.release();
  }
}
