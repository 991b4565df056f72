// Source: ssdevWebSolutions/MasterClassWebApp-V1.1 — src/app/api/users/login/route.js (POST), reduced by hand, not copied
// Label: safe
// Why: a Next.js route handler: every early `return NextResponse.json(…)` and the catch's answer leave through the finally that releases
import { NextResponse } from "next/server";
import bcrypt from "bcryptjs";
import pool from "@/lib/db";
import { generateToken } from "@/lib/token";

export async function POST(req) {
  const client = await pool.connect();

  try {
    const { emailOrmobile, password } = await req.json();
    const users = await client.query("SELECT name, mailid, password FROM users WHERE mobile_number = $1 OR mailid = $1", [
      emailOrmobile,
    ]);
    if (users.rowCount === 0) {
      return NextResponse.json({ message: "User not found!" }, { status: 404 });
    }
    const user = users.rows[0];
    const isMatch = await bcrypt.compare(password, user.password);
    if (isMatch) {
      return NextResponse.json({ message: "Login Successful", token: generateToken(user) }, { status: 200 });
    }
    return NextResponse.json({ message: "Incorrect Password or Email/Mobile." }, { status: 401 });
  } catch (error) {
    console.error(error.message);
    return NextResponse.json({ message: "Server error", error: error.message }, { status: 500 });
  } finally {
    client.release();
  }
}
