// Source: xataio/agent — apps/dbagent/src/evals/lib/eval-docker-db.ts (runSql), reduced by hand, not copied
// Label: safe
// Why: a dedicated `pg.Client` per eval setup script, not a pool checkout (DESIGN.md: only pool clients are acquisitions); a failing statement throws past `client.end()`, leaving that socket open
import { Client } from "pg";

export const runSql = async (sql: string, config: { host: string; port: number; user: string; password: string; database: string }) => {
  await delay(2000);
  const client = new Client({
    host: config.host,
    port: config.port,
    user: config.user,
    password: config.password,
    database: config.database,
  });
  await client.connect();
  await client.query(sql);
  await client.end();
};

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
