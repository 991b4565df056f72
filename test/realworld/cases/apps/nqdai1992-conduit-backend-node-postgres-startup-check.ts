// Source: nqdai1992/conduit-backend-node-postgres — src/infastructure/database/index.ts (module top level), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the start-up check's callback takes only `err`: the client it was handed is never released
import { Pool } from "pg";

const pool = new Pool({ host: process.env.PGHOST, database: process.env.PGDATABASE, port: Number(process.env.PGPORT) });

pool.connect((err): void => {
  if (err) {
    console.error(err);
    return;
  }
  console.log("Connect DB successfully");
});

export default pool;
