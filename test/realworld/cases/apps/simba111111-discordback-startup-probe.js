// Source: SIMBA111111/discordBack — utils/pg.js at 6fdf10c (module load), reduced by hand, not copied
// Label: safe
// Why: the Discord clone's start-up probe checks a client out with a callback, logs, and calls `release()` on success; on a connect error there is no client to give back
import { Pool } from "pg";

export const pool = new Pool({
  host: "localhost",
  port: 5432,
  database: "discord",
  user: "postgres",
  password: process.env.PGPASSWORD,
});

pool.connect((err, client, release) => {
  if (err) {
    console.error("Error connecting to PostgreSQL:", err.stack);
  } else {
    console.log("Connected to PostgreSQL successfully");
    release();
  }
});
