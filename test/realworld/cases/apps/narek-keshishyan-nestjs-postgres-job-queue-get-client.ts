// Source: narek-keshishyan/nestjs-postgres-job-queue — src/database/postgres.service.ts at 121a433 (PostgresService.getClient), reduced by hand, not copied
// Label: hand-over
// Why: the NestJS provider (a singleton the DI container injects into the jobs and worker services) returns the pool's checkout to whoever calls getClient, who owns its release; the pool itself is made in OnModuleInit and ended in OnModuleDestroy
import { Injectable, OnModuleDestroy, OnModuleInit, Logger } from "@nestjs/common";
import { Pool, PoolClient, QueryResult, QueryResultRow } from "pg";

@Injectable()
export class PostgresService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(PostgresService.name);
  private pool: Pool;

  async onModuleInit(): Promise<void> {
    this.pool = new Pool({
      host: process.env.POSTGRES_HOST || "localhost",
      database: process.env.POSTGRES_DB || "jobqueue",
      max: 10,
    });
    await this.pool.query("CREATE TABLE IF NOT EXISTS jobs (id UUID PRIMARY KEY DEFAULT gen_random_uuid())");
    this.logger.log("PostgreSQL connection pool initialised");
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }

  async query<T extends QueryResultRow = any>(text: string, params?: any[]): Promise<QueryResult<T>> {
    return this.pool.query<T>(text, params);
  }

  async getClient(): Promise<PoolClient> {
    return this.pool.connect();
  }
}
