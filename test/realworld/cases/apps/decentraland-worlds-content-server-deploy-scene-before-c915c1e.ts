// Source: decentraland/worlds-content-server — src/adapters/worlds-manager.ts at c915c1e^ (deployScene, before "feat: Add world settings (#419)"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `extractSpawnCoordinates(scene)` runs between the checkout and the try whose finally releases; a scene whose metadata it cannot read throws there and the client never goes back (the commit keeps the call there and adds more work before the try)
import SQL from "sql-template-strings";
import type { Pool } from "pg";

type Entity = { id: string; metadata?: any; content?: { hash: string; file: string }[] };

export function createWorldsManager({
  database,
  coordinates,
}: {
  database: { getPool(): Pool };
  coordinates: { extractSpawnCoordinates(scene: Entity): string };
}) {
  const { extractSpawnCoordinates } = coordinates;

  async function deployScene(worldName: string, scene: Entity, owner: string): Promise<void> {
    const parcels: string[] = scene.metadata?.scene?.parcels || [];
    if (!parcels.length) {
      throw new Error(`Attempt to deploy scene ${scene.id} to world ${worldName} with no parcels.`);
    }

    const client = await database.getPool().connect();
    const spawnCoordinates = extractSpawnCoordinates(scene);

    try {
      await client.query("BEGIN");
      await client.query(SQL`
        INSERT INTO worlds (name, owner, spawn_coordinates, created_at, updated_at)
        VALUES (${worldName.toLowerCase()}, ${owner.toLowerCase()}, ${spawnCoordinates}, ${new Date()}, ${new Date()})
        ON CONFLICT (name) DO UPDATE SET owner = ${owner.toLowerCase()}, updated_at = ${new Date()}
      `);
      await client.query(SQL`DELETE FROM world_scenes WHERE world_name = ${worldName.toLowerCase()} AND parcels && ${parcels}::text[]`);
      await client.query(SQL`INSERT INTO world_scenes (world_name, entity_id, parcels) VALUES (${worldName.toLowerCase()}, ${scene.id}, ${parcels}::text[])`);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }

  return { deployScene };
}
