// Source: jessherlitz/node-postgres-api — src/database.ts (module body), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the start-up check's callback takes only the error; pg still checks a client out for it, and nothing ever releases that client
import { Pool } from "pg";

const connection = new Pool({
  user: process.env.DATABASE_USER,
  host: process.env.DATABASE_HOST,
  database: process.env.DATABASE_NAME,
});

connection.connect((err) => {
  if (err) throw err;
  console.log("Connected to database.");
});

export default connection;
