// Source: Angelqg01/bez-digital-ecosystem — backend/db/pool.js at b55b6bf (module exports), reduced by hand, not copied
// Label: hand-over
// Why: the back end, which also carries Prisma, exports a raw pg pool helper whose `getClient` returns `pool.connect()`'s promise to the caller, who owns the client and its release
const { Pool } = require("pg");

const pool = new Pool({
  connectionString: process.env.DATABASE_URL || "postgresql://localhost:5433/app",
});

module.exports = {
  query: (text, params) => pool.query(text, params),
  getClient: () => pool.connect(),
};
