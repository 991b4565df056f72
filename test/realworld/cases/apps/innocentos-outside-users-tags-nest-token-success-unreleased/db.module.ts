import { Module } from "@nestjs/common";
import { Pool } from "pg";
import { PG_CONNECTION } from "./constants";

const dbProvider = {
  provide: PG_CONNECTION,
  useValue: new Pool({ connectionString: process.env.PG_URL, max: 26 }),
};

@Module({ providers: [dbProvider], exports: [dbProvider] })
export class DbModule {}
