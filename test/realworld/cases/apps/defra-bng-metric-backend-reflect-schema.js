// Source: DEFRA/bng-metric-backend — scripts/reflect-schema.js (reflectSchema), reduced by hand, not copied
// Label: safe
// Why: the schema-reflection script checks one client out, runs every catalogue query on it inside try, and its finally releases the client and ends the pool
import pg from "pg";

const { Pool } = pg;

const pool = new Pool({
  host: process.env.DB_HOST || "localhost",
  database: process.env.DB_DATABASE || "bng_metric_backend",
});

async function geometryColumns(client, schemaName) {
  try {
    const result = await client.query("SELECT f_table_name, f_geometry_column FROM geometry_columns WHERE f_table_schema = $1", [schemaName]);
    return result.rows;
  } catch {
    return [];
  }
}

async function reflectSchema(schemaName) {
  const client = await pool.connect();
  try {
    const tablesResult = await client.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name",
      [schemaName],
    );
    const geometry = await geometryColumns(client, schemaName);
    const tables = [];
    for (const { table_name: tableName } of tablesResult.rows) {
      const columns = await client.query(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2",
        [schemaName, tableName],
      );
      tables.push({ name: tableName, columns: columns.rows, geometry: geometry.filter((g) => g.f_table_name === tableName) });
    }
    return { schema: schemaName, tables };
  } finally {
    client.release();
    await pool.end();
  }
}

const schemaName = process.argv[2] || "bng";
const result = await reflectSchema(schemaName);
console.log(JSON.stringify(result, null, 2));
