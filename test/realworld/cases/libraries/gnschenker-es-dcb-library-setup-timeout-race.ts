// Source: gnschenker/es-dcb-library — src/projections/manager.ts (ProjectionManager.initialize, step 2), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: each projection's setup(client) is raced against a timer; when the timer wins, the race rejects and the finally releases the client while setup is still running queries on it, so the pool hands out a client that another caller shares with the abandoned setup
import type pg from "pg";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface ProjectionDefinition {
  name: string;
  setup?(client: pg.PoolClient): Promise<void>;
}

export class ProjectionManager {
  constructor(
    private readonly config: { pool: pg.Pool; projections: ProjectionDefinition[] },
    private readonly resolved: { setupTimeoutMs: number },
  ) {}

  async runSetups(): Promise<void> {
    for (const def of this.config.projections) {
      if (def.setup) {
        const setupClient = await this.config.pool.connect();
        try {
          await Promise.race([
            def.setup(setupClient),
            sleep(this.resolved.setupTimeoutMs).then(() => {
              throw new Error(`Projection "${def.name}" setup() timed out after ${this.resolved.setupTimeoutMs}ms`);
            }),
          ]);
        } finally {
          setupClient.release();
        }
      }
    }
  }
}
