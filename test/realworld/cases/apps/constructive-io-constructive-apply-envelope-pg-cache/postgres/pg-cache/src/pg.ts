import pg from "pg";
import { pgCache } from "./lru";

export interface PgConfig {
  user: string;
  password: string;
  host: string;
  port: number;
  database: string;
}

export const buildConnectionString = (user: string, password: string, host: string, port: string | number, database: string): string =>
  `postgres://${user}:${password}@${host}:${port}/${database}`;

export const getPgPool = (pgConfig: PgConfig): pg.Pool => {
  const connectionString = buildConnectionString(pgConfig.user, pgConfig.password, pgConfig.host, pgConfig.port, pgConfig.database);
  const cached = pgCache.get(connectionString);
  if (cached) return cached;
  const pgPool = new pg.Pool({ connectionString, max: 5, idleTimeoutMillis: 30000, connectionTimeoutMillis: 5000 });
  pgPool.on("error", (err) => {
    console.error(`pg-cache: idle client error on ${pgConfig.database}: ${err.message}`);
  });
  pgCache.set(connectionString, pgPool);
  return pgPool;
};
