// Source: CombatClassifieds/Website — src/db.js at b9a2c4b (module scope and getPsql), reduced by hand, not copied
// Label: hand-over
// Why: a Next.js classifieds site checks one client out of its Pool at module load and keeps it in a module-level promise that every route handler shares through getPsql(); the client is held for the life of the server on purpose, never per request
import { Pool } from "pg";

let connection = new Promise((resolve, reject) => {
  try {
    resolve(
      new Pool({
        host: process.env.DB_HOST,
        user: process.env.DB_USER,
        database: process.env.DB,
        max: 20,
        password: process.env.DB_PASSWORD,
      }),
    );
  } catch (e) {
    reject(e);
  }
}).then((psql) => {
  return psql.connect();
});

export async function getPsql() {
  let psql = await connection;
  return psql;
}
