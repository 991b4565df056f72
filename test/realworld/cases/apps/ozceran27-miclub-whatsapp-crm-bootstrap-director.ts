// Source: Ozceran27/miclub-whatsapp-crm — apps/api/src/scripts/bootstrapDirector.ts at 03c44951 (main), reduced by hand, not copied
// Label: safe
// Why: a one-off script on the admin pool whose checked-out client is named `db`; the club, user, person, role and membership upserts, the audit write handed that client, and `commit` run in a `try` whose `catch` rolls back (its failure swallowed) and rethrows, and whose `finally` releases
import { hashPassword } from "../auth/passwordHasher.js";
import { closePostgresAdminPool, getPostgresAdminPool } from "../db/postgres.js";
import { auditService } from "../services/auditService.js";
import { ROLE_DEFAULT_PERMISSIONS } from "@miclub/shared";

const EMAIL = "director@example.org";

const main = async () => {
  if (process.env.BOOTSTRAP_DIRECTOR_ENABLED !== "true") throw new Error("BOOTSTRAP_DIRECTOR_ENABLED=true is required.");
  const password = process.env.BOOTSTRAP_DIRECTOR_PASSWORD;
  if (!password || password.length < 12) throw new Error("BOOTSTRAP_DIRECTOR_PASSWORD must be at least 12 characters.");
  const passwordHash = await hashPassword(password);
  const pool = await getPostgresAdminPool();
  const db = await pool.connect();
  try {
    await db.query("begin");
    const club = await db.query<{ id: string }>("insert into miclub.clubs (code, name, email) values ('miclub', 'miClub', $1) on conflict (code) do update set email = excluded.email returning id", [EMAIL]);
    const clubId = club.rows[0].id;
    const user = await db.query<{ id: string }>("insert into miclub.users (email, password_hash, status) values ($1, $2, 'active') on conflict (email) do update set password_hash = excluded.password_hash returning id", [EMAIL, passwordHash]);
    const userId = user.rows[0].id;
    const role = await db.query<{ id: string }>("insert into miclub.roles (club_id, code, name) values ($1, 'DIRECTOR', 'Director') on conflict (club_id, code) do update set name = excluded.name returning id", [clubId]);
    const membership = await db.query<{ id: string }>(
      "insert into miclub.user_club_memberships (user_id, club_id, role_id, status, permissions) values ($1, $2, $3, 'active', $4::text[]) on conflict (user_id, club_id) do update set role_id = excluded.role_id returning id",
      [userId, clubId, role.rows[0].id, [...ROLE_DEFAULT_PERMISSIONS.DIRECTOR]],
    );
    await auditService.sensitiveChange({ action: "bootstrap.director", result: "success", userId, clubId, membershipId: membership.rows[0].id }, db);
    await db.query("commit");
    process.stdout.write("Bootstrap done; unset BOOTSTRAP_DIRECTOR_ENABLED.\n");
  } catch (error) { await db.query("rollback").catch(() => undefined); throw error; }
  finally { db.release(); }
};

main().catch((error) => { console.error(error instanceof Error ? error.message : error); process.exitCode = 1; })
  .finally(closePostgresAdminPool);
