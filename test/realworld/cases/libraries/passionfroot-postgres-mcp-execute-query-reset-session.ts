// Source: Passionfroot/postgres-mcp — src/query.ts (executeQuery), reduced by hand, not copied
// Label: safe
// Why: the role, session variables, read-only setting and the query run in the try; the finally resets the session state in its own try whose catch only logs a warning (the log's `Object.keys(options.sessionVars).join(", ")` on a checked object cannot throw) and then releases
import pg from "pg";
import { logger } from "./logger.js";
import { assertSafeGucName, escapeIdentifier, escapeLiteral } from "./sql-helpers.js";

type PgErrorLike = { code?: string; message: string };

function isPgError(err: unknown): err is PgErrorLike {
  return typeof err === "object" && err !== null && "message" in err;
}

declare function ensureLimit(sql: string, limit: number, allowMulti?: boolean): string;
declare function formatPgError(err: PgErrorLike): string;

export interface ExecuteQueryOptions {
  role?: string;
  sessionVars?: Record<string, string>;
  readonly?: boolean;
  allowMultiStatements?: boolean;
}

export async function executeQuery(pool: pg.Pool, sql: string, maxRows: number, options: ExecuteQueryOptions) {
  const limitedSql = ensureLimit(sql, maxRows + 1, options.allowMultiStatements);

  const client = await pool.connect();
  try {
    if (options.role) {
      await client.query(`SET ROLE ${escapeIdentifier(options.role)}`);
    }
    if (options.sessionVars) {
      for (const [key, value] of Object.entries(options.sessionVars)) {
        assertSafeGucName(key);
        await client.query(`SET ${key} = ${escapeLiteral(value)}`);
      }
    }
    if (options.readonly) {
      await client.query("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
    }
    const result = await client.query(limitedSql);
    const rows: Record<string, unknown>[] = result.rows;
    const isTruncated = rows.length > maxRows;
    const slicedRows = isTruncated ? rows.slice(0, maxRows) : rows;
    return { rows: slicedRows, rowCount: slicedRows.length, truncated: isTruncated };
  } catch (err: unknown) {
    if (!isPgError(err)) throw err;
    if (err.code === "57014") {
      throw new Error("Query timed out. Simplify the query or add more specific WHERE conditions.");
    }
    if (err.code) {
      throw new Error(formatPgError(err));
    }
    throw err;
  } finally {
    try {
      if (options.sessionVars) {
        for (const key of Object.keys(options.sessionVars)) {
          await client.query(`RESET ${key}`);
        }
      }
      if (options.role) {
        await client.query("RESET ROLE");
      }
    } catch (cleanupErr) {
      logger.warn("Failed to reset RLS session state; connection may be discarded by pool", {
        error: cleanupErr instanceof Error ? cleanupErr.message : String(cleanupErr),
        role: options.role ?? "",
        sessionVarKeys: options.sessionVars ? Object.keys(options.sessionVars).join(", ") : "",
      });
    }
    client.release();
  }
}
