// Source: SYMBaiEX/SYMindX — mind-agents/src/modules/memory/providers/OptimizedDatabasePool.ts (PostgresConnection.connect), reduced by hand, not copied
// Label: hand-over
// Why: the wrapper keeps its checkout in `this.client` for the generic connection pool that owns it; disconnect() releases it
import { Pool, type PoolClient } from "pg";
import { performanceMonitor } from "../../../utils/PerformanceMonitor";

export class PostgresConnection {
  id: string;
  private client?: PoolClient;
  private pool: Pool;
  private isConnected = false;

  constructor(pool: Pool) {
    this.id = `pg_${Date.now()}_${Math.random().toString(36).substr(2, 9)}`;
    this.pool = pool;
  }

  async connect(): Promise<void> {
    if (this.isConnected) return;
    try {
      this.client = await this.pool.connect();
      this.isConnected = true;
      performanceMonitor.recordMetric("db.postgres.connection.created", 1);
    } catch (error) {
      performanceMonitor.recordMetric("db.postgres.connection.error", 1);
      throw error;
    }
  }

  async disconnect(): Promise<void> {
    if (!this.isConnected || !this.client) return;
    try {
      this.client.release();
      this.isConnected = false;
      performanceMonitor.recordMetric("db.postgres.connection.closed", 1);
    } catch (error) {
      performanceMonitor.recordMetric("db.postgres.connection.error", 1);
      throw error;
    }
  }

  async isHealthy(): Promise<boolean> {
    if (!this.isConnected || !this.client) return false;
    try {
      const result = await this.client.query("SELECT 1");
      return result.rows.length === 1;
    } catch (error) {
      return false;
    }
  }
}
