// Source: VitorAndrey/vulnerable-site — src/app/api/users/route.ts (GET), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a Next.js route handler releases after its query, not in a finally: a failed query lands in the catch, which only logs, and the client stays checked out
import { NextResponse } from "next/server";
import { database } from "@/lib/pg";

export async function GET(request: Request) {
  try {
    const client = await database.connect();

    const users = (await client.query("select * from public.users")).rows;

    client.release();

    return NextResponse.json({ users });
  } catch (error) {
    console.log(error);
  }
}
