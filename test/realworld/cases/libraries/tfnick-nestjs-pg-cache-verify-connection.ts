// Source: tfnick/nestjs-pg-cache — src/services/pg-cache.service.ts (verifyPostgresConnection), reduced by hand, not copied
// Label: safe
// Why: `store.connect()` is the keyv postgres store's own method (it returns a query function); no pg client is checked out here
import { Injectable, Logger } from "@nestjs/common";

@Injectable()
export class PgCacheService {
  private readonly logger = new Logger(PgCacheService.name);

  async verifyPostgresConnection(store: any): Promise<void> {
    try {
      if (typeof store.query === "function") {
        await store.query("SELECT 1");
        this.logger.log("PostgreSQL connection verified");
      } else if (typeof store.connect === "function") {
        await store.connect();
        this.logger.log("PostgreSQL connection verified via connect()");
      } else {
        this.logger.warn("store has neither query nor connect");
      }
    } catch (error) {
      this.logger.error("PostgreSQL connection verification failed", error);
    }
  }
}
