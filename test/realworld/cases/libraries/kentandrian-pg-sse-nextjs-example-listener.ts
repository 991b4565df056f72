// Source: KenTandrian/pg-sse — examples/nextjs/src/lib/pg-listener.ts at 2cac937 (module scope), reduced by hand, not copied
// Label: safe
// Why: `pgListener` is the library's PostgresSseListener (its own dedicated pg Client inside), cached on globalThis; `pgListener.connect()` starts its LISTEN connection with a `.catch`, no pool checkout is involved
import { PostgresSseListener } from "pg-sse/server";

const globalForPgSse = globalThis as unknown as { pgListener?: PostgresSseListener };

const connectionString = process.env.DATABASE_URL || "postgres://postgres:postgres@localhost:5432/postgres";

export const pgListener = globalForPgSse.pgListener ?? new PostgresSseListener(connectionString, "db_changes");

if (process.env.NODE_ENV !== "production") {
  globalForPgSse.pgListener = pgListener;
}

pgListener.connect().catch((err) => {
  console.warn("[pg-sse] Development listener connect info:", err.message);
});
