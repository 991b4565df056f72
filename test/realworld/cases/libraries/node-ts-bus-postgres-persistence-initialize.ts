// Source: node-ts/bus — packages/bus-postgres/src/postgres-persistence.ts (PostgresPersistence.initialize, dispose), reduced by hand, not copied
// Label: hand-over
// Why: the workflow (saga) persistence checks a client out into `this.client` at initialize and keeps it for the bus's life; dispose() releases it before ending the pool
import { Logger } from "@node-ts/bus-core";
import { Pool, PoolClient } from "pg";
import { PostgresConfiguration } from "./postgres-configuration";

export class PostgresPersistence {
  private logger: Logger;
  private client: PoolClient | undefined;

  constructor(
    private readonly configuration: PostgresConfiguration,
    private readonly postgres: Pool = new Pool(configuration.connection),
  ) {}

  async initialize(): Promise<void> {
    this.logger.info("Initializing postgres persistence...");
    this.client = await this.postgres.connect();
    await this.ensureSchemaExists(this.configuration.schemaName);
    this.logger.info("Postgres persistence initialized");
  }

  async dispose(): Promise<void> {
    this.logger.info("Disposing postgres persistence...");
    if (this.client) {
      this.client.release();
      this.client = undefined;
    }
    await this.postgres.end();
    this.logger.info("Postgres persistence disposed");
  }

  private async ensureSchemaExists(schema: string): Promise<void> {
    await this.postgres.query(`create schema if not exists ${schema};`);
  }
}
