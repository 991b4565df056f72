// Source: sddhantjaiii/Calling-agent-with-bolna — backend/src/services/connectionPoolService.ts (ConnectionPoolService#warmupPool), reduced by hand, not copied
// Label: safe
// Why: each warm-up checkout is released in the `.then` that receives it; a failed checkout has no client to give back
import { Pool } from "pg";

export class ConnectionPoolService {
  private pool = new Pool();

  constructor(private config: { min?: number }) {}

  private async warmupPool(): Promise<void> {
    try {
      const minConnections = typeof this.config.min === "number" ? this.config.min : 5;
      if (minConnections <= 0) {
        return;
      }
      const warmupPromises: Promise<void>[] = [];

      for (let i = 0; i < minConnections; i++) {
        warmupPromises.push(
          this.pool.connect().then((client) => {
            client.release();
          }),
        );
      }

      await Promise.all(warmupPromises);
    } catch (error) {
      console.warn("Pool warmup failed, but continuing", error instanceof Error ? error.message : error);
    }
  }
}
