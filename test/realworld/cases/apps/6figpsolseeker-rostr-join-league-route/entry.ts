// Source: 6figpsolseeker/rostr — apps/web/src/app/api/leagues/[id]/join/route.ts at 790d21e (POST), reduced by hand, not copied
// Label: safe
// Why: the Next.js route destructures `{ client, release }` from the project's `db().connect()` (a pg checkout wrapped with a release closure) and calls `release()` in the finally; the catch maps known errors to responses and rethrows the rest
import { NextResponse } from "next/server";
import { db } from "./db";
import { joinLeague, JoinError, ClusterConfigError, declaredCluster } from "./leagues";

const STATUS: Record<string, number> = { full: 409, already_member: 409, bad_signature: 401 };

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const body = await request.json();

  const pool = db();
  const { client, release } = await pool.connect();

  try {
    const result = await joinLeague(client, {
      leagueId: id,
      walletAddress: body.walletAddress,
      signature: body.signature,
      requireCluster: declaredCluster(),
    });
    return NextResponse.json(result, { status: 201 });
  } catch (error) {
    if (error instanceof ClusterConfigError) {
      return NextResponse.json({ error: error.message }, { status: 503 });
    }
    if (error instanceof JoinError) {
      return NextResponse.json({ error: error.message, code: error.code }, { status: STATUS[error.code] ?? 400 });
    }
    throw error;
  } finally {
    release();
  }
}
