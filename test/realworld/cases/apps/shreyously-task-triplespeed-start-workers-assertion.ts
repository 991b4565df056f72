// Source: Shreyously/task-triplespeed — apps/server/src/workers/index.ts at bbfc7953 (startWorkers), reduced by hand, not copied
// Label: safe
// Why: the start-up assertion's table check, config read and two `throw`s for a missing schema or missing tier configs run in a `try` whose `finally` releases before the timers are set up
import { pool } from "../db/pool";
import { getAllActiveConfigs } from "../repositories/packConfigRepository";
import { refreshCardPool } from "../services/pokemonCardService";
import { syncDrops } from "../services/packService";

const TIERS = ["BASIC", "PRO", "ELITE"] as const;

export async function startWorkers() {
  console.log("Starting background workers...");

  const client = await pool.connect();
  try {
    const tableCheck = await client.query("select to_regclass('public.pack_config_versions') as t");
    if (!tableCheck.rows[0]?.t) {
      throw new Error("B1 schema missing: pack_config_versions table not found. Run bootstrap/migrations first.");
    }
    const activeConfigs = await getAllActiveConfigs(client);
    const activeTiers = new Set(activeConfigs.map((c: { tier: string }) => c.tier));
    const missingTiers = TIERS.filter((t) => !activeTiers.has(t));
    if (missingTiers.length > 0) {
      throw new Error(`[PackEconomics] Missing active configs for tiers: ${missingTiers.join(", ")}.`);
    }
    console.log("[PackEconomics] Startup assertion passed - active configs found for all tiers.");
  } finally {
    client.release();
  }

  refreshCardPool().catch((e: unknown) => console.error("card pool refresh error", e));
  setInterval(async () => {
    try {
      await syncDrops();
    } catch (e) {
      console.error("drop sync error", e);
    }
  }, 10_000);
}
