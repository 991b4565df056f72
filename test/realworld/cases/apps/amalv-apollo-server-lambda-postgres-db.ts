// Source: amalv/apollo-server-lambda-postgres — src/db.ts (module scope), reduced by hand, not copied
// Label: safe
// Why: the Apollo-on-Lambda app connects one module-level `pg.Client` at load (an async IIFE) and hands it to drizzle for the container's life; a standalone Client, no pool checkout
import { drizzle } from "drizzle-orm/node-postgres";
import { Client } from "pg";
import * as schema from "./schema";

export const client = new Client({
  host: process.env.DB_ENDPOINT,
  user: process.env.DB_USERNAME,
  password: process.env.DB_PASSWORD,
  database: process.env.DB_NAME,
});

(async () => {
  await client.connect();
})();

export const db = drizzle(client, { schema });
