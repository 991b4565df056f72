// Source: BigDeckClub/BigDeckAppV3 — scripts/run-migration.js (runMigration), reduced by hand, not copied
// Label: safe
// Why: the migration script releases after its query inside the try; a failed query reaches a catch that logs and calls `process.exit(1)`, which ends the process before the finally's `pool.end()` could wait on the client
import fs from 'fs';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

async function runMigration(migrationPath) {
    const sql = fs.readFileSync(migrationPath, 'utf8');
    try {
        const client = await pool.connect();
        console.log('Connected to database');
        await client.query(sql);
        console.log('Migration completed');
        client.release();
    } catch (error) {
        console.error('Migration failed:', error.message);
        if (error.detail) console.error('   Detail:', error.detail);
        process.exit(1);
    } finally {
        await pool.end();
    }
}

runMigration(process.argv[2]);
