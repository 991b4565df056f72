// Source: GBarhate16/bitspeed — src/modules/identify/identify.repository.ts at 503ed97 (findMatches), reduced by hand, not copied
// Label: safe
// Why: the repository beside the Prisma client checks out of the raw pg pool for one SELECT and releases in a finally
import { pgPool } from "./pg";

export async function findMatches(email?: string, phoneNumber?: string) {
  const client = await pgPool.connect();
  try {
    const res = await client.query('SELECT * FROM "Contact" WHERE email = $1 OR "phoneNumber" = $2 ORDER BY "createdAt"', [email ?? null, phoneNumber ?? null]);
    return res.rows;
  } finally {
    client.release();
  }
}
