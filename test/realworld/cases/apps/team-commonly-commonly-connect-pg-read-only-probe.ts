// Source: Team-Commonly/commonly — backend/config/db-pg.ts at HEAD (connectPG; the repository of issue #454, "PG pool exhaustion blocks PG-backed endpoints"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the start-up probe releases only after SELECT VERSION(), SHOW and the read-only fix-up succeed; a failing query jumps to the catch, which logs and returns null with the client still checked out
const { Pool } = require("pg");

const settings = { host: process.env.PG_HOST, database: process.env.PG_DATABASE };
const pool: unknown = settings.host ? new Pool(settings) : null;

type Probe = { query: (sql: string) => Promise<{ rows: Array<Record<string, string>> }>; release(): void };

const connectPG = async (): Promise<unknown> => {
  if (!pool) {
    return null;
  }
  try {
    const p = pool as { connect: () => Promise<Probe> };
    const client = await p.connect();
    const version = await client.query("SELECT VERSION()");
    console.log("PostgreSQL connected:", version.rows[0].version);

    const readOnly = await client.query("SHOW default_transaction_read_only");
    if (readOnly.rows[0].default_transaction_read_only === "on") {
      await client.query("SET default_transaction_read_only = off");
      await client.query(`ALTER DATABASE ${settings.database} SET default_transaction_read_only = off`);
    }

    client.release();
    return pool;
  } catch (err) {
    console.error("PostgreSQL connection error:", (err as { message?: string }).message);
    return null;
  }
};

module.exports = { pool, connectPG };
