import { Module } from "@nestjs/common";
import { ConfigModule, ConfigService } from "@nestjs/config";
import { Pool } from "pg";
import { DB_PG } from "./common.config";

const dbProvider = {
  provide: DB_PG,
  useFactory: async (configService: ConfigService) => {
    return new Pool({
      host: configService.get<string>("DB_HOST", "localhost"),
      max: configService.get<number>("DB_POOL_MAX", 10),
      connectionTimeoutMillis: configService.get<number>("DB_CONNECTION_TIMEOUT", 1000),
    });
  },
  inject: [ConfigService],
};

@Module({
  imports: [ConfigModule],
  providers: [dbProvider],
  exports: [dbProvider],
})
export class DbModule {}
