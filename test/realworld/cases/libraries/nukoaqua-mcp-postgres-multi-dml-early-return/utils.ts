import pg from "pg";

/** Releases a client, logging instead of throwing when it was released already. */
export function safelyReleaseClient(client: pg.PoolClient): void {
  try {
    client.release();
  } catch (err) {
    console.error("Error releasing client (may already be released):", err);
  }
}

export function isReadOnlyQuery(sql: string): boolean {
  const normalized = sql.trim().toUpperCase();
  return normalized.startsWith("SELECT") || normalized.startsWith("WITH");
}
