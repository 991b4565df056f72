// Source: CarbonProspect/carbonprospect — server/db/migrate-article6-projects.js at 19e73e7 (migrateArticle6Projects), reduced by hand, not copied
// Label: safe
// Why: a data migration beside the knex migrations runs in one transaction on a client of the shared pg pool; the early returns after COMMIT, the ROLLBACK path and the success path all leave through the finally that releases it
const pool = require("./pool");

const migrateArticle6Projects = async () => {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const tableExists = await client.query(
      "SELECT EXISTS (SELECT FROM information_schema.tables WHERE table_name = 'article6_projects')",
    );
    if (!tableExists.rows[0].exists) {
      await client.query("COMMIT");
      return;
    }
    const article6Result = await client.query("SELECT id, external_id, name FROM article6_projects");
    if (article6Result.rows.length === 0) {
      await client.query("COMMIT");
      return;
    }
    for (const project of article6Result.rows) {
      await client.query("INSERT INTO projects (name, article6_compliant) VALUES ($1, true)", [project.name]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    console.error("Migration failed:", error);
    throw error;
  } finally {
    client.release();
  }
};

migrateArticle6Projects().catch((err) => {
  console.error(err);
  process.exit(1);
});
