// Source: https://github.com/vercel/storage/issues/177 (the reporter's PhotoViews, "db.connect() is hanging after few calls made to the database"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client checked out of @vercel/postgres's pg-compatible `db` pool is never released (the catch only rethrows), so after a few calls db.connect() waits forever
import { db } from "@vercel/postgres";

export async function PhotoViews(photo_id: string) {
  const client = await db.connect();
  try {
    const result = await client.sql`SELECT COUNT(*) AS COUNT FROM photo_views WHERE photo_id = ${photo_id};`;
    return result.rows[0];
  } catch (error) {
    throw error;
  }
}
