// Source: Passionfroot/postgres-mcp — src/schema/introspect.ts (introspectWithSession), reduced by hand, not copied
// Label: safe
// Why: the session setup and the four catalogue queries (Promise.all, awaited) run in the try; the finally resets the session in a try whose catch only logs (`Object.keys(...).join(", ")` on a checked object), then releases
import pg from "pg";
import { logger } from "../logger.js";
import { assertSafeGucName, escapeIdentifier, escapeLiteral } from "../sql-helpers.js";

declare const COLUMNS_QUERY: string;
declare const PRIMARY_KEYS_QUERY: string;
declare const FOREIGN_KEYS_QUERY: string;
declare const ENUM_VALUES_QUERY: string;
declare function buildMetadata(columns: unknown[], pks: unknown[], fks: unknown[], enums: unknown[]): unknown;

interface IntrospectOptions {
  role?: string;
  sessionVars?: Record<string, string>;
}

export async function introspectWithSession(pool: pg.Pool, options: IntrospectOptions): Promise<unknown> {
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
    const [columnsResult, pksResult, fksResult, enumsResult] = await Promise.all([
      client.query(COLUMNS_QUERY),
      client.query(PRIMARY_KEYS_QUERY),
      client.query(FOREIGN_KEYS_QUERY),
      client.query(ENUM_VALUES_QUERY),
    ]);
    return buildMetadata(columnsResult.rows, pksResult.rows, fksResult.rows, enumsResult.rows);
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
      logger.warn("Failed to reset introspection session state", {
        error: cleanupErr instanceof Error ? cleanupErr.message : String(cleanupErr),
        role: options.role ?? "",
        sessionVarKeys: options.sessionVars ? Object.keys(options.sessionVars).join(", ") : "",
      });
    }
    client.release();
  }
}
