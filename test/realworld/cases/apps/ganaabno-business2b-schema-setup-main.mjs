// Source: ganaabno/business2b — scripts/b2bSchemaSetup.mjs (main), reduced by hand, not copied
// Label: safe
// Why: the schema checker connects, sets a plain exit-code variable, and runs its checks and migrations in a try whose finally ends the client
import pg from "pg";
import { checkSchema, getUsersIdType, applyMigrations, printSchemaStatus } from "./schema-checks.mjs";

const { Client } = pg;

async function main() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    console.error("DATABASE_URL is required.");
    process.exit(1);
  }

  const client = new Client({ connectionString });
  await client.connect();
  let exitCode = 0;

  try {
    const usersIdType = await getUsersIdType(client);
    if (usersIdType !== "uuid") {
      console.log("users.id is not uuid; skipping");
    } else if (process.argv.includes("--apply")) {
      await applyMigrations(client);
    }
    const status = await checkSchema(client);
    printSchemaStatus(status);
    if (!status.ok) exitCode = 1;
  } finally {
    await client.end();
  }
  process.exit(exitCode);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
