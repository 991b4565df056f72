// Source: PberuKatwa/NestShard — src/databases/postgres.config.ts (PostgresConfig.connect), reduced by hand, not copied
// Label: leak
// Why: a start-up probe: the awaited `SELECT 1` between connect() and `client.release()` is not in a try of its own (the outer try/catch only rethrows)
import { Injectable } from "@nestjs/common";
import { ConfigService } from "@nestjs/config";
import { Pool, PoolConfig } from "pg";

@Injectable()
export class PostgresConfig {
  public pool: Pool | null = null;

  constructor(private readonly configService: ConfigService) {}

  async connect(): Promise<Pool> {
    try {
      if (this.pool) {
        return this.pool;
      }
      const config: PoolConfig = {
        host: this.configService.get<string>("pgHost"),
        database: this.configService.get<string>("pgDatabase"),
      };
      const pool = new Pool(config);
      const client = await pool.connect();
      await client.query("SELECT 1");
      client.release();
      this.pool = pool;
      return this.pool;
    } catch (error) {
      throw error;
    }
  }
}
