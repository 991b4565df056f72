// Source: JulienLach/EffiTech — backend/migrations/migrations.js at ce520a9 (runMigrations), reduced by hand, not copied
// Label: safe
// Why: a French intervention-management back-end's start-up migration holds one client for every step (each step a closure over it), returns early when the database is already at the target version, exits the process on failure, and releases in its finally on every path
const pool = require("../config/db.config");

async function runMigrations() {
  const client = await pool.connect();

  try {
    // Vérifier si la table companies existe
    const tableExiste = await client.query(
      "SELECT EXISTS (SELECT FROM pg_tables WHERE schemaname = 'public' AND tablename = 'companies')",
    );
    let versionActuelle = "0.9.1"; // dernière version déployée en prod
    if (tableExiste.rows[0].exists) {
      const resultat = await client.query("SELECT database_version FROM companies LIMIT 1");
      if (resultat.rows.length > 0) versionActuelle = resultat.rows[0].database_version || "0.9.1";
    }

    const versionCible = process.env.DATABASE_VERSION || "0.9.6";
    if (versionActuelle >= versionCible) {
      console.log("No migrations needed, database is up to date");
      return;
    }

    const migrations = [
      { version: "0.9.3", updateDatabase: async () => { await client.query("UPDATE companies SET database_version = '0.9.3'"); } },
      { version: "0.9.4", updateDatabase: async () => { await client.query("UPDATE companies SET database_version = '0.9.4'"); } },
    ];

    // Appliquer les migrations nécessaires
    for (const migration of migrations) {
      if (versionActuelle < migration.version && migration.version <= versionCible) {
        await migration.updateDatabase();
      }
    }
  } catch (error) {
    console.error("Migration failed:", error);
    process.exit(1);
  } finally {
    client.release();
  }
}

module.exports = runMigrations;
