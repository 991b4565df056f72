// Source: JoelRoy1/RMS-CS2810 — server/controllers/menu-controller.js at ec1d577 "fix: fix memory leak in menu-controller.js" (filterOutAllergens), reduced by hand, not copied
// Label: safe
// Why: the fix moved the checkout above the try (only a console.log between) and the release into a finally, so a failed query or a bad `allergens` string still gives the client back
const db = require("../db");
const pool = db.pool;

async function filterOutAllergens(allergens) {
  console.log("connecting");
  const client = await pool.connect();
  try {
    console.log("connected");
    const text = `SELECT * FROM menu WHERE dish_id NOT IN (
      SELECT dish_id FROM dish_allergens WHERE allergen_name = ANY($1))`;
    const result = await client.query(text, [allergens.split(",").map((a) => a.trim())]);
    console.log("filtered");
    return result.rows;
  } catch (error) {
    throw new Error(`Error filtering out allergens: ${error.message}`);
  } finally {
    client.release();
  }
}

module.exports = { filterOutAllergens };
