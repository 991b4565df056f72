// Source: cloudflare/templates — postgres-hyperdrive-template/src/index.ts (handleApiRequest), reduced by hand, not copied
// Label: safe
// Why: a Cloudflare Worker makes a `pg.Client` on the Hyperdrive connection string per request, connects inside the try, and the finally hands `client.end()` to ctx.waitUntil on every path; no pool checkout
import { Client } from "pg";

interface Env {
  HYPERDRIVE: Hyperdrive;
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname.startsWith("/api/")) {
      return handleApiRequest(request, env, ctx);
    }
    return Response.json({ message: "Hello World!" });
  },
};

async function handleApiRequest(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
  const url = new URL(request.url);
  const client = new Client({ connectionString: env.HYPERDRIVE.connectionString });
  try {
    await client.connect();
    if (url.pathname === "/api/check-tables" && request.method === "GET") {
      const tables = await client.query(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN ('organizations', 'users')",
      );
      const names = tables.rows.map((t) => t.table_name);
      return Response.json({ organizations: names.includes("organizations"), users: names.includes("users") });
    }
    if (url.pathname === "/api/organizations" && request.method === "GET") {
      const result = await client.query("SELECT * FROM organizations ORDER BY id");
      return Response.json(result.rows);
    }
    return Response.json({ error: "Not found" }, { status: 404 });
  } catch (error) {
    return Response.json({ error: (error as Error).message }, { status: 500 });
  } finally {
    ctx.waitUntil(client.end());
  }
}
