// Source: jve89/Drone-Report — client/api/findings.save.ts at 10390fe5 (handler), reduced by hand, not copied
// Label: safe
// Why: the module-level `pool` is `getPool()` of ./_db (a lazily made Neon/pg Pool); the handler checks out with `await (await pool).connect()` and opens the try at once: begin, the per-finding updates and inserts, commit, the rollback in the catch, the release in the finally
import type { VercelRequest, VercelResponse } from "@vercel/node";
import { z } from "zod";
import { getPool } from "./_db";

const pool = getPool();

const Body = z.object({
  reportId: z.string().uuid(),
  findings: z.array(z.object({ id: z.string().uuid().nullable().optional(), title: z.string().optional(), mediaRefs: z.array(z.string()).default([]) })).min(1),
});

export default async function handler(req: VercelRequest, res: VercelResponse) {
  if (req.method !== "POST") return res.status(405).send("Method not allowed");
  const parsed = Body.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: parsed.error.flatten() });
  const { reportId, findings } = parsed.data;

  const client = await (await pool).connect();
  try {
    await client.query("begin");
    const out: any[] = [];
    for (const f of findings) {
      let fid = f.id ?? null;
      if (fid) {
        await client.query("update findings set title=$1, updated_at=now() where id=$2 and report_id=$3", [f.title || null, fid, reportId]);
      } else {
        const r = await client.query("insert into findings(report_id,title) values($1,$2) returning id", [reportId, f.title || null]);
        fid = r.rows[0].id;
      }
      if (f.mediaRefs.length) {
        const mids = await client.query("select id from media where report_id=$1 and ref_code = any($2::text[])", [reportId, f.mediaRefs]);
        for (const row of mids.rows) {
          await client.query("insert into finding_media(finding_id,media_id) values($1,$2) on conflict do nothing", [fid, row.id]);
        }
      }
      out.push({ id: fid });
    }
    await client.query("commit");
    return res.json({ ok: true, findings: out });
  } catch (e: any) {
    await client.query("rollback");
    return res.status(500).json({ error: String(e) });
  } finally {
    client.release();
  }
}
