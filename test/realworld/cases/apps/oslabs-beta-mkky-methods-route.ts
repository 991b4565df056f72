// Source: oslabs-beta/MKKY — src/app/api/methods/route.ts (POST), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: every request builds a pool from the posted URI, checks a client out and releases it only at the end; a failed query on the way (a bad table name) leaves the client, and the pool, open
export const POST = async (req) => {
  const { stringURI } = await req.json();
  let pg = require("pg");
  let pool = new pg.Pool({ connectionString: stringURI });
  let client = await pool.connect();
  const allTables = await client.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public';");
  const allTableNames: any[] = Object.values(allTables.rows);
  const tableData = await client.query(`SELECT * FROM ${allTableNames[0].table_name}`);
  const allData = { allTableNames, fields: tableData.fields.map((field) => field.name) };
  await client.release();
  await client.end();
  return new Response(JSON.stringify(allData));
};
