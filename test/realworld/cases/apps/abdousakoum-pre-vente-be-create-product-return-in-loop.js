// Source: AbdouSakoum/pre-vente_be — src/controllers/catalogController.js at 89f1e8d (createProduct), reduced by hand, not copied
// Label: safe
// Why: a variant with no price rolls back and returns 400 from inside the loop, and image uploads are awaited between the queries, all within the try whose finally releases
const pool = require("../db/pool");
const { saveFile } = require("../utils/upload");

async function createProduct(req, res, next) {
  const { name, variants } = req.body;
  const productImage = req.files?.product_image?.[0];

  let parsedVariants = [];
  try {
    parsedVariants = typeof variants === "string" ? JSON.parse(variants) : variants || [];
  } catch {
    return res.status(400).json({ message: "Format des variantes invalide" });
  }
  if (!parsedVariants.length) return res.status(400).json({ message: "Au moins une variante est requise" });

  const client = await pool.connect();
  try {
    await client.query("BEGIN");

    const productImageUrl = productImage ? await saveFile(productImage, req.tenantId, "article") : null;
    const { rows: [product] } = await client.query(
      "INSERT INTO products (tenant_id, name, image_url) VALUES ($1,$2,$3) RETURNING *",
      [req.tenantId, name, productImageUrl]
    );

    const createdVariants = [];
    for (let i = 0; i < parsedVariants.length; i++) {
      const v = parsedVariants[i];
      if (!v.price && v.price !== 0) {
        await client.query("ROLLBACK");
        return res.status(400).json({ message: `Prix obligatoire pour la variante ${i + 1}` });
      }
      const { rows: [variant] } = await client.query(
        "INSERT INTO product_variants (tenant_id, product_id, name, price) VALUES ($1,$2,$3,$4) RETURNING *",
        [req.tenantId, product.id, `${name} - ${v.name}`, v.price]
      );
      createdVariants.push(variant);
    }

    await client.query("COMMIT");
    res.status(201).json({ ...product, variants: createdVariants });
  } catch (err) {
    await client.query("ROLLBACK");
    next(err);
  } finally {
    client.release();
  }
}

module.exports = { createProduct };
