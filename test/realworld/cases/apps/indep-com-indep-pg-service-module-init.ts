// Source: Indep-com/indep — apps/mission-service/src/pg.service.ts (PgService.onModuleInit), reduced by hand, not copied
// Label: leak
// Why: `await this.pool.connect()` as a start-up check: the checked-out client is dropped and never released, one pool slot lost for the process's life
import { Injectable, OnModuleDestroy, OnModuleInit } from "@nestjs/common";
import { Pool } from "pg";

@Injectable()
export class PgService implements OnModuleInit, OnModuleDestroy {
  private pool: Pool;

  constructor() {
    this.pool = new Pool({ connectionString: process.env.DATABASE_URL });
  }

  async onModuleInit() {
    await this.pool.connect();
  }

  async onModuleDestroy() {
    await this.pool.end();
  }

  get client() {
    return this.pool;
  }
}
