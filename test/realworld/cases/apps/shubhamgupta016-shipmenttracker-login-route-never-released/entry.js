// Source: shubhamgupta016/ShipmentTracker — src/app/api/login/route.js at ee8f531 (POST), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a Next.js login route checks a client out of the pool `lib/db` exports, compares the bcrypt hash and returns a response on every branch without ever releasing it
import pool from "./lib/db";
import { NextResponse } from "next/server";
const bcrypt = require("bcrypt");

export async function POST(request) {
  const body = await request.json();
  if (!body.userid || !body.password) {
    return NextResponse.json({ result: "All Fields Not Found" }, { status: 400 });
  }
  try {
    const client = await pool.connect();
    const result = await client.query("SELECT * FROM users WHERE userid = $1", [body.userid]);
    if (result.rows.length >= 1) {
      const match = await bcrypt.compare(body.password, result.rows[0].password);
      if (match) {
        return NextResponse.json(
          { data: { username: result.rows[0].username, role: result.rows[0].role }, success: true },
          { status: 201 }
        );
      }
    } else {
      return NextResponse.json({ result: "Invalid username or Password", success: false }, { status: 404 });
    }
  } catch (error) {
    console.error("Error executing SQL query:", error);
    return NextResponse.json({ result: "Database error", success: false }, { status: 500 });
  }
}
