// Source: Dungnd97/dp-donate — src/database/postgres.service.ts (PostgresService#withConnection), reduced by hand, not copied
// Label: safe
// Why: the service's private helper sets the search_path and runs the caller's operation inside a try whose finally releases the client
import { Injectable } from "@nestjs/common";
import { Pool, PoolClient } from "pg";

@Injectable()
export class PostgresService {
  private pool = new Pool({ max: 10 });

  private async withConnection<T>(operation: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      const schema = process.env.MASTER_PG_SCHEMA || "public";
      await client.query(`SET search_path TO ${schema}`);
      return await operation(client);
    } finally {
      client.release();
    }
  }

  async execute<T = any>(sql: string, params: any[] = []) {
    return this.withConnection(async (client) => (await client.query(sql, params)).rows as T[]);
  }
}
