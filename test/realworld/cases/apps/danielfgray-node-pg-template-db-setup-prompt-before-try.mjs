// Source: DanielFGray/node-pg-template — scripts/dbSetup.mjs (setup script), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the root client is checked out before an awaited inquirer prompt; when the prompt rejects, the try whose finally releases it has not started
import inquirer from "inquirer";
import pg from "pg";

const { DATABASE_NAME, ROOT_DATABASE_URL } = process.env;

const pgPool = new pg.Pool({ connectionString: ROOT_DATABASE_URL });

async function main() {
  const rootPgPool = await pgPool.connect();
  console.log(`DROP DATABASE ${DATABASE_NAME}`);

  const { confirm } = process.env.NOCONFIRM
    ? { confirm: true }
    : await inquirer.prompt([{ name: "confirm", message: "press y to continue:", type: "confirm" }]);
  if (!confirm) process.exit();

  try {
    await rootPgPool.query(`drop database if exists ${DATABASE_NAME}`);
    await rootPgPool.query(`create database ${DATABASE_NAME}`);
  } finally {
    rootPgPool.release();
  }
  await pgPool.end();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
