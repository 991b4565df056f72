// Source: 01011001andra/boilerplate-express-pg — src/configs/db.ts at f900825 (module scope), reduced by hand, not copied
// Label: safe
// Why: the boilerplate's db module probes the pool at load with a callback checkout: on error there is no client to give back, and on success the callback's `release()` runs at once
import { Pool } from "pg";

const db = new Pool({
  host: process.env.POSTGRES_HOST || "127.0.0.1",
  user: process.env.POSTGRES_USER || "postgres",
});

db.connect((err, client, release) => {
  if (err) {
    console.error("Failed to connect the database!", err.stack);
  } else {
    console.log("Connected to the database successfully!");
    release();
  }
});

export default db;
