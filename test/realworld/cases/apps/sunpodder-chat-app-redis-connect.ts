// Source: SunPodder/chat-app — server/src/db.ts (module top level), reduced by hand, not copied
// Label: safe
// Why: the only connect() is the redis client's; the Postgres side is a postgres-js/drizzle client with no checkout
import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import { createClient } from "redis";
import * as schema from "./schema";

const queryClient = postgres(process.env["DB_URL"] || "postgres://localhost:5432/chat");
export const db = drizzle(queryClient, { schema });

export const redis = createClient();
await redis.connect();

redis.on("error", (err) => console.error("Redis Client Error", err));
