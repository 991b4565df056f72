// Source: tbfidek/BaIn — src/database.js (module-level connectivity check), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the start-up check's callback releases only in `pool.on("close", …)`, an event pg's Pool never emits, so the client is held for the life of the process
import pg from "pg";

const { Pool } = pg;
const pool = new Pool({ user: "postgres", host: "localhost", database: "general", port: 5432 });

pg.types.setTypeParser(1114, (value) => value);

pool.connect((err, client, release) => {
  if (err) throw err;
  console.log("connected");

  pool.on("close", () => {
    console.log("closed");
    release();
  });
});

export default pool;
