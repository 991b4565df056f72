// Source: gianmarcelo/turnos — turnos-app/app/api/estadisticas/route.js (GET), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the route checks a client out first, then awaits the session and a query on the other pool and reads `session.user.email` before the `try` whose finally releases; a missing session or a failed lookup leaks the client
import { Pool } from "pg";
import { getServerSession } from "next-auth/next";

const pool = new Pool({ connectionString: process.env.DATABASE_URL_MENSAJES });
const poolclientes = new Pool({ connectionString: process.env.DATABASE_URL_CLIENTES });

export async function GET(request) {
  const client = await pool.connect();
  const session = await getServerSession(request);
  const email = session.user.email;
  const res = await poolclientes.query("SELECT * FROM clientes WHERE email = $1", [email]);
  const idCliente = res.rows[0].id_cliente;

  try {
    const resultDia = await client.query(`SELECT DATE("FechaHora") AS day, COUNT(*) AS total FROM mensajes_${idCliente} GROUP BY day`);
    return new Response(JSON.stringify({ porDia: resultDia.rows }), { status: 200 });
  } catch (error) {
    return new Response(JSON.stringify({ error: "Error al obtener estadisticas" }), { status: 500 });
  } finally {
    client.release();
  }
}
