import type pg from "pg";

type Queryable = Pick<pg.Pool | pg.PoolClient, "query">;

export async function findIdentityByEmail(db: Queryable, email: string): Promise<{ id: string; email: string } | null> {
  const { rows } = await db.query<{ id: string; email: string }>("SELECT id, email FROM user_identities WHERE lower(email) = lower($1)", [email]);
  return rows[0] ?? null;
}

export async function countRecentRequests(db: Queryable, identityId: string, hours: number): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM password_reset_tokens WHERE identity_id = $1 AND created_at > now() - make_interval(hours => $2)",
    [identityId, hours],
  );
  return rows[0]?.n ?? 0;
}

export async function insertToken(db: Queryable, row: { identityId: string; tokenHash: string; expiresAt: Date; createdIp: string | null }): Promise<{ id: string }> {
  const { rows } = await db.query<{ id: string }>(
    "INSERT INTO password_reset_tokens (identity_id, token_hash, expires_at, created_ip) VALUES ($1, $2, $3, $4) RETURNING id",
    [row.identityId, row.tokenHash, row.expiresAt, row.createdIp],
  );
  return rows[0]!;
}
