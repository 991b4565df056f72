// Source: graphile/crystal — .github/wait-for-postgres.js (main), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: when `select 1` fails the catch only waits and retries: that attempt's checkout is never released, and each retry takes another
const pg = require("pg");
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const pool = new pg.Pool({ connectionString: process.env.TEST_DATABASE_URL ?? "postgres://localhost:5432/template1" });
pool.on("error", () => {});

async function main() {
  for (let n = 1; n < 30; n++) {
    try {
      const client = await pool.connect();
      await client.query("select 1");
      console.log("Connection successful");
      client.release();
      break;
    } catch (e) {
      const delay = 100 * n;
      console.log(`Connection failed: ${e}; trying again in ${delay}ms`);
      await sleep(delay);
    }
  }
  pool.end();
}

main();
