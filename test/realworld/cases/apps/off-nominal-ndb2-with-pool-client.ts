// Source: Off-Nominal/ndb2 — app/src/domain/monitors/with-pool-client.ts (withPoolClient), reduced by hand, not copied
// Label: safe
// Why: the async callback's promise always settles, and its `.finally` releases the client
import { PoolClient } from "pg";
import pool from "@data/db";

export const withPoolClient = (callback: (client: PoolClient) => Promise<void>) =>
  pool.connect().then((client) => callback(client).finally(() => client.release()));
