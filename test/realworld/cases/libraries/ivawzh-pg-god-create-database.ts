// Source: ivawzh/pg-god — src/god-stuff.ts (createDatabase), reduced by hand, not copied
// Label: safe
// Why: a standalone `Client` (not a pool checkout) is connected inside the try and ended in the finally, early return included
import { Client, type ClientConfig } from "pg";

export async function createDatabase(config: { databaseName: string; errorIfExist?: boolean }, credential: ClientConfig) {
  const client = new Client(credential);
  try {
    await client.connect();
    const existing = await client.query("SELECT datname FROM pg_catalog.pg_database WHERE lower(datname) = lower($1)", [
      config.databaseName,
    ]);
    if (existing.rowCount && config.errorIfExist) throw new Error("database already exists");
    if (existing.rowCount) return;
    await client.query(`CREATE DATABASE "${config.databaseName}"`);
  } catch (error) {
    throw new Error(`pg-god: ${(error as Error).message}`);
  } finally {
    await client.end();
  }
}
