// Source: dato-dev/pve-vm-autoscaler — apps/server/src/db/repository.ts at 73597a0 (AutoscalerRepository.saveMetric), reduced by hand, not copied
// Label: safe
// Why: the repository receives the pool typed through the module's `DatabasePool` alias; the node upsert and the metrics insert run in BEGIN/COMMIT inside the try, a failing ROLLBACK is swallowed so the original error is rethrown, and the finally releases
import type { DatabasePool } from "./pool.js";

interface MetricSnapshot {
  collectedAt: string;
  node: { nodeId: string; hostname: string; agentVersion?: string; labels: Record<string, string> };
  cpu: { usagePercent: number };
  memory: { usagePercent: number };
}

export class AutoscalerRepository {
  constructor(private readonly pool: DatabasePool) {}

  async saveMetric(snapshot: MetricSnapshot): Promise<void> {
    const client = await this.pool.connect();

    try {
      await client.query("BEGIN");
      await client.query(
        "INSERT INTO nodes (node_id, hostname, agent_version, labels, last_seen_at, updated_at) VALUES ($1, $2, $3, $4, $5, now()) ON CONFLICT (node_id) DO UPDATE SET hostname = EXCLUDED.hostname, last_seen_at = EXCLUDED.last_seen_at, updated_at = now()",
        [snapshot.node.nodeId, snapshot.node.hostname, snapshot.node.agentVersion ?? null, JSON.stringify(snapshot.node.labels), snapshot.collectedAt],
      );
      await client.query(
        "INSERT INTO metrics (time, node_id, cpu_percent, memory_percent, raw) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (time, node_id) DO NOTHING",
        [snapshot.collectedAt, snapshot.node.nodeId, snapshot.cpu.usagePercent, snapshot.memory.usagePercent, JSON.stringify(snapshot)],
      );
      await client.query("COMMIT");
    } catch (error) {
      try {
        await client.query("ROLLBACK");
      } catch {
        // the connection may already be gone; the original error is what matters
      }
      throw error;
    } finally {
      client.release();
    }
  }
}
