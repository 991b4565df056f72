// Source: CombatClassifieds/Website — src/app/api/suggested/[id]/route.js at b9a2c4b (GET), reduced by hand, not copied
// Label: safe
// Why: the App Router handler takes the site's one shared client from getPsql() (checked out once at module load and kept for the server's life) and must not release it; nothing is checked out per request
import { getPsql } from "./db.js";

export const dynamic = "force-dynamic";

export async function GET(request, { params: { id } }) {
  let psql = await getPsql();
  let results = await psql.query("SELECT img, id FROM items WHERE id <> $1 LIMIT 10 OFFSET $1", [id]);
  return new Response(JSON.stringify(results.rows), {
    contentType: "application/json",
  });
}
