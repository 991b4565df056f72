// Source: jjnaga/thebusapp2 — backend/src/db.ts (module body), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the "permanent client" is checked out when the module loads and its promise kept in a constant that nothing reads or exports: the client is never used or released, one pool slot held for the process's life
import pg from "pg";

const pool = new pg.Pool({ host: "postgres", max: 200, min: 20, idleTimeoutMillis: 30000 });
console.log("New Pool made");

const permanentClient = pool.connect();
console.log("Permanent Client created.");

export const query = async (text: string, params: unknown[]) => {
  const res = await pool.query(text, params);
  return res;
};

export const queryWithPermanentClient = async (text: string, params: unknown[]) => {
  const res = await pool.query(text, params);
  return res;
};
