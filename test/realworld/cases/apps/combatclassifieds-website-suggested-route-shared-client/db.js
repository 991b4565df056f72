// Source: CombatClassifieds/Website — src/db.js at b9a2c4b, reduced by hand, not copied
import { Pool } from "pg";

let connection = new Promise((resolve) => {
  resolve(new Pool({ host: process.env.DB_HOST, database: process.env.DB, max: 20 }));
}).then((psql) => {
  return psql.connect();
});

export async function getPsql() {
  let psql = await connection;
  return psql;
}
