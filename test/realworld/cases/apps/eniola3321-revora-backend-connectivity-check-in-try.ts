// Source: Eniola3321/Revora-Backend — src/db/migrations/safety/monitoring.ts (MigrationMonitor.checkDatabaseConnectivity), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the health check releases only after `SELECT 1` succeeds; when the query fails the catch builds a "fail" result and returns, leaving the client checked out
import type { Pool } from 'pg';

interface CheckResult {
  name: string;
  status: 'pass' | 'warn' | 'fail';
  duration: number;
}

export class MigrationMonitor {
  constructor(private pool: Pool) {}

  async checkDatabaseConnectivity(): Promise<CheckResult> {
    const startTime = Date.now();
    try {
      const client = await this.pool.connect();
      await client.query('SELECT 1');
      client.release();
      const duration = Date.now() - startTime;
      return { name: 'database_connectivity', status: duration < 1000 ? 'pass' : 'warn', duration };
    } catch (error) {
      return { name: 'database_connectivity', status: 'fail', duration: Date.now() - startTime };
    }
  }
}
