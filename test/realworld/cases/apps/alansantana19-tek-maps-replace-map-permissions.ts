// Source: AlanSantana19/Tek-Maps — server/src/repositories/MapPermissionRepository.ts at 7f4d5f8 (replaceForUser), reduced by hand, not copied
// Label: safe
// Why: a repository class takes the pool as a `private readonly db: pg.Pool` parameter property; the schema check runs before the checkout, BEGIN, the DELETE, the INSERT loop with `continue` and COMMIT inside the try, ROLLBACK in the catch, release in the finally
import pg from "pg";

type Entry = { topologyId: string; permissions: string[] };

export class MapPermissionRepository {
  private ready: Promise<void> | null = null;
  constructor(private readonly db: pg.Pool) {}

  private ensureTables(): Promise<void> {
    this.ready ??= this.db.query("create table if not exists map_permissions (user_id text, topology_id text, permissions text[])").then(() => undefined);
    return this.ready;
  }

  async replaceForUser(userId: string, entries: Entry[]): Promise<Entry[]> {
    await this.ensureTables();
    const client = await this.db.connect();
    try {
      await client.query("BEGIN");
      await client.query("DELETE FROM map_permissions WHERE user_id = $1", [userId]);
      for (const entry of entries) {
        if (entry.permissions.length === 0) {
          continue;
        }
        await client.query("INSERT INTO map_permissions (user_id, topology_id, permissions) VALUES ($1, $2, $3::text[])", [
          userId,
          entry.topologyId,
          entry.permissions,
        ]);
      }
      await client.query("COMMIT");
      return entries;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
}
