// Source: ngarciafle/Closset — app/actions/logOut.ts at cd8c1d0 (LogOut), reduced by hand, not copied
// Label: safe
// Why: a server action checks out only after the cookie check, and its finally releases the client before calling `redirect('/')`, which throws Next's redirect signal; the release always runs first
"use server";
import { pool } from "../lib/auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";

export default async function LogOut() {
  const cookieStore = await cookies();
  const sessionToken = cookieStore.get("sessionToken")?.value;
  if (!sessionToken) {
    redirect("/");
  }
  const client = await pool.connect();
  try {
    await client.query(`DELETE FROM sessions WHERE token = $1`, [sessionToken]);
    cookieStore.delete("sessionToken");
  } catch (error) {
    console.log("error logging out:", error);
  } finally {
    client.release();
    redirect("/");
  }
}
