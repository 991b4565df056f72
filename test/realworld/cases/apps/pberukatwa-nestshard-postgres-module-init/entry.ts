// Source: PberuKatwa/NestShard — src/databases/postgres.module.ts (PostgresModule.onModuleInit), reduced by hand, not copied
// Label: safe
// Why: `this.postgresConfig.connect()` is the project's own method that returns the Pool itself, not a checkout; nothing is held
import { Global, Module, OnModuleInit } from "@nestjs/common";

import { PostgresConfig } from "./postgres.config";
import { UsersModel } from "./users.model";

@Global()
@Module({ providers: [PostgresConfig], exports: [PostgresConfig] })
export class PostgresModule implements OnModuleInit {
  constructor(
    private readonly postgresConfig: PostgresConfig,
    private readonly users: UsersModel,
  ) {}

  async onModuleInit() {
    const pgPool = await this.postgresConfig.connect();
    await this.users.createTable();
    void pgPool;
  }
}
