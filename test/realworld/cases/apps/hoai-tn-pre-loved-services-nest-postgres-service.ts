// Source: hoai-tn/pre-loved__services — libs/common/src/postgres/postgres.service.ts (PostgresService.query), reduced by hand, not copied
// Label: safe
// Why: a NestJS service with an injected pool returns the awaited query inside a try whose finally releases
import { Inject, Injectable } from "@nestjs/common";
import { Pool } from "pg";

@Injectable()
export class PostgresService {
  constructor(@Inject("PG_POOL") private readonly pool: Pool) {}

  async query(sql: string, params?: any[]) {
    const client = await this.pool.connect();
    try {
      return await client.query(sql, params);
    } finally {
      client.release();
    }
  }
}
