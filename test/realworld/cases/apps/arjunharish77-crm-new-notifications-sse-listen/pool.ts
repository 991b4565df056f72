import { Pool } from "pg";

let realtime: Pool | undefined;
let main: Pool | undefined;

export function getRealtimePool(): Pool {
  if (!realtime) realtime = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
  return realtime;
}

function getPool(): Pool {
  if (!main) main = new Pool({ connectionString: process.env.DATABASE_URL });
  return main;
}

export async function dbQuery(text: string, params: unknown[]) {
  const { rows } = await getPool().query(text, params);
  return rows;
}
