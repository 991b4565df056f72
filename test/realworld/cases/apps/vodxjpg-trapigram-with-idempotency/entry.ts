// Source: vodxjpg/trapigram — src/lib/idempotency.ts at 4f9962f9 (withIdempotency), reduced by hand, not copied
// Label: safe
// Why: the idempotency wrapper holds one checkout (and its open transaction) across the whole route it wraps — `exec()` runs between BEGIN and COMMIT — and gives it back in the finally on every path: the replay and missing-table returns, a thrown `exec()` (ROLLBACK in the catch, then rethrown) and both response shapes
import { NextRequest, NextResponse } from "next/server";
import { pgPool as pool } from "@/lib/db";

export async function withIdempotency(
  req: NextRequest,
  exec: () => Promise<{ status: number; body: any } | NextResponse>,
): Promise<NextResponse> {
  const key = req.headers.get("Idempotency-Key");
  if (!key) {
    const r = await exec();
    return r instanceof NextResponse ? r : NextResponse.json(r.body, { status: r.status });
  }

  const method = req.method;
  const path = new URL(req.url).pathname;
  const c = await pool.connect();
  try {
    await c.query("BEGIN");
    try {
      await c.query(`INSERT INTO idempotency(key, method, path, "createdAt") VALUES ($1,$2,$3,NOW())`, [key, method, path]);
    } catch (e: any) {
      if (e?.code === "23505") {
        const { rows } = await c.query(`SELECT status, response FROM idempotency WHERE key=$1`, [key]);
        await c.query("COMMIT");
        if (rows[0]) return NextResponse.json(rows[0].response, { status: rows[0].status });
        return NextResponse.json({ error: "Idempotency replay but no record" }, { status: 409 });
      }
      if (e?.code === "42P01") {
        await c.query("ROLLBACK");
        const r = await exec();
        return r instanceof NextResponse ? r : NextResponse.json(r.body, { status: r.status });
      }
      throw e;
    }

    const r = await exec();
    if (r instanceof NextResponse) {
      const status = r.status;
      const headers = new Headers(r.headers);
      let bodyText = "";
      let storedBody: any = null;
      try {
        bodyText = await r.text();
        storedBody = (headers.get("content-type") || "").includes("application/json") ? JSON.parse(bodyText) : { text: bodyText.slice(0, 4096) };
      } catch {
        storedBody = null;
      }
      await c.query(`UPDATE idempotency SET status=$2, response=$3, "updatedAt"=NOW() WHERE key=$1`, [key, status, storedBody]);
      await c.query("COMMIT");
      headers.delete("content-length");
      return new NextResponse(bodyText, { status, headers });
    }

    await c.query(`UPDATE idempotency SET status=$2, response=$3, "updatedAt"=NOW() WHERE key=$1`, [key, r.status, r.body ?? null]);
    await c.query("COMMIT");
    return NextResponse.json(r.body ?? null, { status: r.status });
  } catch (err) {
    await c.query("ROLLBACK");
    throw err;
  } finally {
    c.release();
  }
}

export default withIdempotency;
