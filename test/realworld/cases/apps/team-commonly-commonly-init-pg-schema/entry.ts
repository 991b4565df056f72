// Source: Team-Commonly/commonly — backend/config/init-pg-db.ts at HEAD (initializeDatabase; the repository of issue #454), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the schema query sits inside the try but the only releases are on the missing-file return and after the query; a failing CREATE lands in the catch, which returns false without releasing
const fs = require("fs");
const path = require("path");
const { pool } = require("./db-pg");

const initializeDatabase = async (): Promise<boolean> => {
  try {
    const p = pool as { connect: () => Promise<{ query: (sql: string) => Promise<void>; release(): void }> };
    const client = await p.connect();

    const schemaPath = path.join(__dirname, "schema.sql") as string;
    if (!fs.existsSync(schemaPath)) {
      console.error(`Schema file not found at: ${schemaPath}`);
      client.release();
      return false;
    }

    const schema = fs.readFileSync(schemaPath, "utf8") as string;
    await client.query(schema);

    client.release();
    return true;
  } catch (err) {
    console.error("Error initializing PostgreSQL database:", (err as { message?: string }).message);
    return false;
  }
};

module.exports = initializeDatabase;
