// Source: Eszetael/postgres-mcp-hardened — tests/bench/bench.mjs (direct), reduced by hand, not copied
// Label: safe
// Why: the benchmark's baseline times queries on a standalone `pg.Client` and ends it (a throw ends the script); no pool checkout
import pg from "pg";

const DB = process.env.DATABASE_URL;
const N = Number(process.env.N ?? 300);

export async function direct(sql) {
  const c = new pg.Client({ connectionString: DB });
  await c.connect();
  const t = [];
  for (let i = 0; i < N; i++) {
    const s = performance.now();
    await c.query(sql);
    t.push(performance.now() - s);
  }
  await c.end();
  return t;
}
