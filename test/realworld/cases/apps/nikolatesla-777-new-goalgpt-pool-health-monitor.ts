// Source: nikolatesla-777/new-goalgpt — scripts/monitor-pool-health.ts at 67b18cb (PoolHealthMonitor.collectMetrics), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the pool-health monitor (run every few seconds to watch for MaxClients errors) counts active connections on a checked-out client and releases it only after the query: when the query fails the catch logs and the client stays out
import { pool } from "../src/database/connection";
import { memoryCache } from "../src/utils/cache/memoryCache";
import { logger } from "../src/utils/logger";

interface PoolHealthMetrics {
  timestamp: number;
  cacheHitRate: number;
  dbActiveConnections: number;
  poolMax: number;
  poolIdle: number;
  poolWaiting: number;
}

export class PoolHealthMonitor {
  async collectMetrics(): Promise<PoolHealthMetrics> {
    const cacheStats = memoryCache.getStats();
    const predictionStats = cacheStats["predictions"] || { hits: 0, misses: 0, hitRate: 0 };

    let dbActiveConnections = 0;
    try {
      const client = await pool.connect();
      const result = await client.query(
        "SELECT count(*) as active FROM pg_stat_activity WHERE state = 'active' AND application_name = 'goalgpt-backend'",
      );
      dbActiveConnections = parseInt(result.rows[0]?.active || "0");
      client.release();
    } catch (err) {
      logger.warn("[PoolHealthMonitor] Failed to query DB connections:", err);
    }

    return {
      timestamp: Date.now(),
      cacheHitRate: predictionStats.hitRate,
      dbActiveConnections,
      poolMax: pool.options.max || 50,
      poolIdle: pool.idleCount || 0,
      poolWaiting: pool.waitingCount || 0,
    };
  }
}
