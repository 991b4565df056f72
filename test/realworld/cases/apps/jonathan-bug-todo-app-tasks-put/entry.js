// Source: jonathan-bug/todo-app — src/app/api/tasks/route.js at 89084b5 (PUT), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the UPDATE is built by string interpolation from the request body and fails on a stray quote; the release sits after it, not in a finally, so the catch answers `{ err: 1 }` and the client stays checked out
import { NextResponse } from "next/server";
import pool from "@/lib/db";

export async function PUT(request) {
  try {
    const values = await request.json();
    const client = await pool.connect();

    await client.query(
      `UPDATE tasks SET title='${values.title}', priority='${values.priority}', repeat=${values.repeat} WHERE id=${values.id}`,
    );

    client.release();
    return NextResponse.json({});
  } catch {
    return NextResponse.json({ err: 1 });
  }
}
