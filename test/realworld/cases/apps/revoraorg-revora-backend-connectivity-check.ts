// Source: RevoraOrg/Revora-Backend — src/db/migrations/safety/monitoring.ts (checkDatabaseConnectivity), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: when `SELECT 1` fails the release is skipped and the catch turns the error into a failed check result, so every failed health check keeps a client
import { Pool } from "pg";

interface HealthCheck {
  name: string;
  status: "pass" | "fail";
  message: string;
}

export class MigrationMonitor {
  constructor(private readonly pool: Pool) {}

  async checkDatabaseConnectivity(): Promise<HealthCheck> {
    const startTime = Date.now();
    try {
      const client = await this.pool.connect();
      await client.query("SELECT 1");
      client.release();
      const duration = Date.now() - startTime;
      return { name: "database_connectivity", status: "pass", message: `completed in ${duration}ms` };
    } catch (error) {
      return {
        name: "database_connectivity",
        status: "fail",
        message: `failed: ${error instanceof Error ? error.message : "Unknown error"}`,
      };
    }
  }
}
