// Source: jve89/Drone-Report — client/api/reports.create.ts at 10390fe5 (handler), reduced by hand, not copied
// Label: safe
// Why: the module-level `pool` is `getPool()` of ./_db; after the body is validated, `await (await pool).connect()` is followed at once by a try holding begin, the report insert, the numbered media inserts in two loops and commit, with the rollback in the catch and the release in the finally
import type { VercelRequest, VercelResponse } from "@vercel/node";
import { getPool } from "./_db";

const pool = getPool();

export default async function handler(req: VercelRequest, res: VercelResponse) {
  if (req.method !== "POST") return res.status(405).send("Method not allowed");
  const b = req.body as { project: string; email: string; files: Array<{ type: "image" | "video"; url: string }> };
  if (!b?.project || !Array.isArray(b.files)) return res.status(400).json({ error: "invalid body" });

  const client = await (await pool).connect();
  try {
    await client.query("begin");
    const r = await client.query("insert into reports(project,email) values($1,$2) returning id", [b.project, b.email]);
    const reportId = r.rows[0].id;
    const images = b.files.filter((f) => f.type === "image");
    const videos = b.files.filter((f) => f.type === "video");
    let pos = 0;
    for (const list of [images, videos]) {
      for (const f of list) {
        pos += 1;
        const ref = (f.type === "image" ? "IMG" : "VID") + "-" + String(pos).padStart(3, "0");
        await client.query("insert into media(report_id,kind,url,ref_code,position) values($1,$2,$3,$4,$5)", [reportId, f.type, f.url, ref, pos]);
      }
    }
    await client.query("commit");
    return res.json({ reportId });
  } catch (e: any) {
    await client.query("rollback");
    return res.status(500).json({ error: String(e) });
  } finally {
    client.release();
  }
}
