// Source: Dungnd97/dp-donate — src/database/postgres.service.ts (PostgresService#onModuleInit), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the NestJS OnModuleInit hook "tries a connection to check the configuration" with `await this.pool.connect()` and drops the client: it stays checked out for the life of the process (one of the pool's 10), and the OnModuleDestroy hook's `pool.end()` waits for it to be released, which never happens
import { Injectable, OnModuleInit, OnModuleDestroy, Logger } from "@nestjs/common";
import { Pool } from "pg";

@Injectable()
export class PostgresService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(PostgresService.name);
  private pool: Pool;

  constructor() {
    this.pool = new Pool({
      user: process.env.MASTER_PG_USER,
      password: process.env.MASTER_PG_PASSWORD,
      host: process.env.MASTER_PG_HOST,
      database: process.env.MASTER_PG_DATABASE,
      max: 10,
    });
  }

  async onModuleInit(): Promise<void> {
    try {
      await this.pool.connect();
      this.logger.log("PostgreSQL connection pool started successfully");
    } catch (error) {
      this.logger.error("Failed to create PostgreSQL connection pool", error.stack);
      throw error;
    }
  }

  async onModuleDestroy(): Promise<void> {
    try {
      await this.pool.end();
      this.logger.log("PostgreSQL pool closed gracefully");
    } catch (error) {
      this.logger.error("Failed to close PostgreSQL pool", error.stack);
    }
  }
}
