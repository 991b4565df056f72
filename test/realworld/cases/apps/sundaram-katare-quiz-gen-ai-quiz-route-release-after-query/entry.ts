// Source: Sundaram-Katare/Quiz-Gen-AI — app/api/quiz/[id]/route.ts (GET), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: getClient comes from `@/lib/db` (tsconfig paths: `@/*` is the project root; lib/db.ts: `return await pool.connect()`); the awaited query runs before `client.release()`, so a failed query jumps to the catch, which answers 404 and never releases
import { NextRequest, NextResponse } from "next/server";
import { getClient } from "@/lib/db";

export async function GET(req: NextRequest, { params }: { params: { id: string } }) {
  try {
    const quizId = params.id;
    const client = await getClient();

    const questions = await client.query(
      "SELECT id, question, options::text::jsonb as options FROM questions WHERE quiz_id = $1",
      [quizId],
    );

    client.release();
    return NextResponse.json({ questions: questions.rows });
  } catch (error) {
    console.error("Quiz fetch error:", error);
    return NextResponse.json({ error: "Quiz not found" }, { status: 404 });
  }
}
