// Source: decentraland/worlds-content-server — src/adapters/worlds-manager.ts at c915c1e^ (undeployWorld), reduced by hand, not copied
// Label: safe
// Why: the checkout is followed directly by the try; BEGIN, both statements and COMMIT are inside it, the catch rolls back and rethrows, and the finally releases
import SQL from "sql-template-strings";
import type { Pool } from "pg";

export function createWorldsManager({ database }: { database: { getPool(): Pool } }) {
  async function undeployWorld(worldName: string): Promise<void> {
    const normalizedWorldName = worldName.toLowerCase();

    const client = await database.getPool().connect();

    try {
      await client.query("BEGIN");
      await client.query(SQL`DELETE FROM world_scenes WHERE world_name = ${normalizedWorldName}`);
      await client.query(SQL`UPDATE worlds SET spawn_coordinates = NULL WHERE name = ${normalizedWorldName}`);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }

  return { undeployWorld };
}
