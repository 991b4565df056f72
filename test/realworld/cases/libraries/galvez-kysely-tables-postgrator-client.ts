// Source: galvez/kysely-tables — package/runner.ts (getPostgratorClient), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: pg's Pool is imported as `PostgresDriver`; the checkout is only tested for truthiness and dropped (the returned executor queries the pool), so every call keeps one pooled connection
import { Pool as PostgresDriver } from "pg";
import SqliteDriver from "better-sqlite3";

type DatabaseDriver = PostgresDriver | SqliteDriver.Database;

export async function getPostgratorClient(driver: DatabaseDriver) {
  if (driver instanceof PostgresDriver) {
    const client = await driver.connect();
    if (client) {
      return {
        driver: "pg",
        execQuery(query: string) {
          return driver.query(query);
        },
      };
    }
  }
  return undefined;
}
