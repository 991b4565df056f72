// Source: harshalone/postbase — apps/web/src/app/api/db/query/route.ts at c6f0242 (POST, before PR #3 "Centralize PostgreSQL connection pool management … removing per-request pool creation"), reduced by hand, not copied
// Label: safe
// Why: the route makes a Pool per request (the connection churn PR #3 removed), but its one checkout is followed at once by a try whose finally releases it before `await pool.end()`; every early return goes through that finally
import { NextRequest } from "next/server";
import { Pool } from "pg";
import { validateApiKey } from "@/lib/auth/keys";

function sanitizeIdentifier(name: string): string {
  if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(name)) throw new Error(`Invalid identifier: ${name}`);
  return name;
}

export async function POST(req: NextRequest) {
  const authHeader = req.headers.get("authorization");
  if (!authHeader?.startsWith("Bearer ")) {
    return Response.json({ error: "Missing API key" }, { status: 401 });
  }
  const keyInfo = await validateApiKey(authHeader.slice(7));
  if (!keyInfo) {
    return Response.json({ error: "Invalid API key" }, { status: 401 });
  }
  const input = (await req.json()) as { table: string; operation: "select" | "delete"; head?: boolean };

  const pool = new Pool({ connectionString: process.env.DATABASE_URL! });
  const client = await pool.connect();

  try {
    await client.query("SELECT set_config('postbase.project_id', $1, true)", [keyInfo.projectId]);
    await client.query("SELECT set_config('postbase.role', $1, true)", [keyInfo.type]);

    const table = sanitizeIdentifier(input.table);
    let sql = "";
    switch (input.operation) {
      case "select": {
        if (input.head) {
          const result = await client.query(`SELECT COUNT(*) FROM "${table}"`);
          return Response.json({ data: null, count: parseInt(result.rows[0].count, 10) });
        }
        sql = `SELECT * FROM "${table}"`;
        break;
      }
      case "delete": {
        sql = `DELETE FROM "${table}" RETURNING *`;
        break;
      }
    }
    const result = await client.query(sql);
    return Response.json({ data: result.rows, count: result.rowCount });
  } catch (err) {
    const message = err instanceof Error ? err.message : "Query failed";
    return Response.json({ error: message }, { status: 400 });
  } finally {
    client.release();
    await pool.end();
  }
}
