// Source: harryitc/social-travel-trip — backend/src/libs/persistent/postgresql/connection-pool.ts (PgSQLConnectionPool.stream), reduced by hand, not copied
// Label: hand-over
// Why: a NestJS provider returns a pg-query-stream submitted on the checkout; the stream's `end` and `error` listeners release the client, and the setup catch releases it too
import { Injectable, Logger } from "@nestjs/common";
import { Pool } from "pg";
import QueryStream from "pg-query-stream";

@Injectable()
export class PgSQLConnectionPool {
  private readonly logger = new Logger(PgSQLConnectionPool.name);

  constructor(public readonly pool: Pool) {}

  public async stream(query: string, params: unknown[]) {
    const client = await this.pool.connect();
    try {
      const stream = client.query(new QueryStream(query, params));
      stream.on("end", () => {
        this.logger.log(`Finished streaming ${query}`);
        client.release();
      });
      stream.on("error", (err) => {
        this.logger.error(`Error streaming ${query}: ${err.message}`);
        client.release();
      });
      return stream;
    } catch (error) {
      this.logger.error(`Error setting up stream for ${query}: ${error.message}`);
      client.release();
    }
  }
}
