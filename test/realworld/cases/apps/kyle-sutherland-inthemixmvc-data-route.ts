// Source: kyle-sutherland/InTheMixMVC — src/app/api/data/route.ts at 3ce081b (GET), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: Next.js route handler: release is the try's third line; the query (given an object without `text`) rejects and the catch only logs
import pool from "../db";
import { NextResponse } from "next/server";

export async function GET(_query: string) {
  try {
    const client = await pool.connect();
    const res = await client.query({ _query });
    const data = await res;
    client.release();
    return NextResponse.json({ data });
  } catch (err) {
    console.error(err);
  }
}
