// Source: Sundaram-Katare/Quiz-Gen-AI — app/api/quiz/submit/route.ts (POST), reduced by hand, not copied
// Label: safe
// Why: getClient comes from `@/lib/db` (tsconfig paths: `@/*` is the project root; lib/db.ts: `return await pool.connect()`); the try opens right after the checkout, scores the answers, inserts the attempt and returns, and its finally releases
import { NextRequest, NextResponse } from "next/server";
import { getClient } from "@/lib/db";

export async function POST(req: NextRequest) {
  try {
    const { quizId, userId, answers } = await req.json();

    const client = await getClient();
    try {
      const questions = await client.query("SELECT id, correct_option, difficulty FROM questions WHERE quiz_id = $1", [quizId]);
      const weights = { easy: 1, medium: 2, hard: 3 };
      let score = 0;
      let maxScore = 0;
      for (const question of questions.rows) {
        const userAnswer = answers.find((a: any) => a.questionId === question.id);
        const weight = weights[question.difficulty as keyof typeof weights] || 1;
        maxScore += weight;
        if (userAnswer?.selectedOption === question.correct_option) score += weight;
      }
      const percentage = maxScore > 0 ? Math.round((score / maxScore) * 100) : 0;
      await client.query(
        "INSERT INTO attempts (user_id, quiz_id, answers, score, max_score, percentage) VALUES ($1, $2, $3, $4, $5, $6)",
        [userId || null, quizId, JSON.stringify(answers), score, maxScore, percentage],
      );
      return NextResponse.json({ success: true, score, maxScore, percentage });
    } finally {
      client.release();
    }
  } catch (error) {
    console.error("Submit error:", error);
    return NextResponse.json({ error: "Failed to submit quiz" }, { status: 500 });
  }
}
