// Source: YoniRipp/BMe — backend/scripts/importFoundationFoods.js at 5efaea7 (main), reduced by hand, not copied
// Label: safe
// Why: the import script makes its own pool, truncates the table and inserts the parsed foods in multi-row batches on one client; the try has no catch, and its finally releases and ends the pool whatever happens
import { readFileSync } from "node:fs";
import pg from "pg";

const { Pool: PgPool } = pg;
const BATCH_SIZE = 500;

function parseFoodObject(obj) {
  if (!obj || !obj.description) return null;
  const nutrient = (id) => obj.foodNutrients?.find((n) => n.nutrient?.id === id)?.amount ?? 0;
  return { name: obj.description, calories: nutrient(1008), protein: nutrient(1003), carbs: nutrient(1005), fat: nutrient(1004) };
}

async function insertBatch(client, batch) {
  const values = batch.flatMap((r) => [r.name, r.calories, r.protein, r.carbs, r.fat]);
  const placeholders = batch.map((_, i) => `($${i * 5 + 1}, $${i * 5 + 2}, $${i * 5 + 3}, $${i * 5 + 4}, $${i * 5 + 5})`).join(", ");
  await client.query(`INSERT INTO foods (name, calories, protein, carbs, fat) VALUES ${placeholders}`, values);
}

async function main() {
  const foods = JSON.parse(readFileSync(process.argv[2], "utf8")).FoundationFoods;
  if (!process.env.DATABASE_URL) {
    console.error("DATABASE_URL is required");
    process.exit(1);
  }
  const pool = new PgPool({ connectionString: process.env.DATABASE_URL });
  const client = await pool.connect();
  try {
    await client.query("TRUNCATE TABLE foods");
    let batch = [];
    let total = 0;
    for (const obj of foods) {
      const row = parseFoodObject(obj);
      if (!row) continue;
      batch.push(row);
      if (batch.length >= BATCH_SIZE) {
        await insertBatch(client, batch);
        total += batch.length;
        batch = [];
      }
    }
    if (batch.length > 0) {
      await insertBatch(client, batch);
      total += batch.length;
    }
    console.log("Done. Total rows imported:", total);
  } finally {
    client.release();
    await pool.end();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
