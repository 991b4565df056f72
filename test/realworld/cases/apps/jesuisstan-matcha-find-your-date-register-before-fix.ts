// Source: jesuisstan/matcha-find-your-date — src/app/api/register/route.ts at 94b315d (POST), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the dating app's sign-up route checks a client out of @vercel/postgres's `db` and its finally reads `client.release` without calling it ("todo: check if this is correct"), so every registration, successful or not, keeps its client
import { NextResponse } from "next/server";
import { db } from "@vercel/postgres";
import bcrypt from "bcrypt";

export async function POST(req: Request) {
  const { nickname, email, password, birthdate } = await req.json();
  const hashedPassword = await bcrypt.hash(password, 10);

  const client = await db.connect();

  try {
    await client.sql`
      INSERT INTO users (nickname, email, password, birthdate)
      VALUES (${nickname}, ${email}, ${hashedPassword}, ${birthdate});
    `;
    return NextResponse.json({ message: "User registered successfully" });
  } catch (error) {
    console.error(error);
    return NextResponse.json({ error: "Failed to register user" }, { status: 500 });
  } finally {
    client.release; // todo: check if this is correct
  }
}
