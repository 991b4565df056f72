// Source: gianmarcelo/turnos — turnos-app/app/api/clientes/actualizar-password/route.js at 5420379 (POST), reduced by hand, not copied
// Label: safe
// Why: a Next.js change-password route awaits the NextAuth session before checking out, then returns 404/403/200/500 from inside a try whose finally releases
import { Pool } from "pg";
import bcrypt from "bcryptjs";
import { getServerSession } from "next-auth";
import { authOptions } from "../../auth/[...nextauth]/route";

const pool = new Pool({ connectionString: process.env.DATABASE_URL_CLIENTES });

export async function POST(req) {
  const { oldPassword, newPassword } = await req.json();
  const session = await getServerSession(authOptions);
  if (!session) {
    return new Response(JSON.stringify({ error: "not authenticated" }), { status: 401 });
  }
  const email = session.user.email;

  const client = await pool.connect();
  try {
    const res = await client.query("SELECT password FROM clientes WHERE email = $1", [email]);
    const user = res.rows[0];
    if (!user) {
      return new Response(JSON.stringify({ error: "user not found" }), { status: 404 });
    }
    const hashed = await bcrypt.hash(newPassword, await bcrypt.genSalt(10));
    if (!(await bcrypt.compare(oldPassword, user.password))) {
      return new Response(JSON.stringify({ error: "wrong password" }), { status: 403 });
    }
    await client.query("UPDATE clientes SET password = $1 WHERE email = $2", [hashed, email]);
    return new Response(JSON.stringify({ message: "updated" }), { status: 200 });
  } catch (error) {
    console.error("password update failed");
    return new Response(JSON.stringify({ error: "update failed" }), { status: 500 });
  } finally {
    client.release();
  }
}
