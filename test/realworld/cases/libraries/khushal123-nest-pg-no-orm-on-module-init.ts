// Source: khushal123/nest-pg-no-orm — src/database/database.service.ts (DatabaseService.onModuleInit), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: NestJS provider "connects the pool" with `await this.pool.connect()` and drops the client it returns: it is never released
import { Injectable, OnModuleDestroy, OnModuleInit } from "@nestjs/common";
import { Pool } from "pg";

const statements = ["CREATE TABLE IF NOT EXISTS notes (id serial primary key, body text)"];

@Injectable()
export class DatabaseService implements OnModuleInit, OnModuleDestroy {
  private pool: Pool;

  constructor() {
    this.pool = new Pool();
  }

  async onModuleInit(): Promise<void> {
    try {
      await this.pool.connect();
      console.log("Database connected");
      this.pool.on("error", (err) => {
        console.error("Unexpected error on idle client", err);
        process.exit(-1);
      });
      for (const statement of statements) {
        await this.pool.query(statement);
      }
    } catch (err) {
      console.error("Database connection error:", err);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}
