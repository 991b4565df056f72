// Source: 5stackgg/api — src/postgres/postgres.service.ts at e693141 (PostgresService.cursor), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the async generator builds `new Cursor(sql, values)` between the checkout and the try, and pg-cursor's constructor prepares the values at once (prepareValue on each), which throws for a value whose `toPostgres` or JSON form does; the client is then never released (the finally that closes the cursor and releases is not yet entered)
import { Pool } from "pg";
import { Injectable, Logger } from "@nestjs/common";
import { ConfigService } from "@nestjs/config";
import Cursor from "pg-cursor";

@Injectable()
export class PostgresService {
  private pool: Pool;

  constructor(
    private readonly configService: ConfigService,
    private readonly logger: Logger,
  ) {
    this.pool = new Pool(this.configService.get("postgres").connections.default);
  }

  public async *cursor<T>(sql: string, values?: Array<any>, batchSize: number = 100): AsyncGenerator<T[]> {
    const client = await this.pool.connect();
    const cursor = new Cursor(sql, values);

    client.query(cursor as any);

    try {
      while (true) {
        const rows = await cursor.read(batchSize);
        if (rows.length === 0) {
          break;
        }
        yield rows as T[];
      }
    } finally {
      try {
        await cursor.close();
      } catch (error) {
        this.logger.warn("unable to close cursor", error);
      }
      try {
        client.release();
      } catch (error) {
        this.logger.warn("unable to release client", error);
      }
    }
  }
}
