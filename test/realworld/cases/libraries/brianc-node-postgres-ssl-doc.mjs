// Source: brianc/node-postgres — docs/pages/features/ssl.mdx at c9e57617 (the SSL config given to a Pool; the Client half of the example left out), reduced by hand, not copied
// Label: safe
// Why: the pooled client is released right after a log line; nothing between the checkout and the release can throw
import fs from "node:fs";
import { Pool } from "pg";

const config = {
  database: "database-name",
  host: "host-or-ip",
  ssl: {
    rejectUnauthorized: false,
    ca: fs.readFileSync("/path/to/server-certificates/root.crt").toString(),
  },
};

const pool = new Pool(config);
const pooledClient = await pool.connect();
console.log("connected");
pooledClient.release();
await pool.end();
