// Source: arif-is-a-dev/kasirapp-backend — handlers/pesanans.js at c27f517 (POST /pesanans handler), reduced by hand, not copied
// Label: safe
// Why: the hapi handler writes an order and its lines in one transaction, reads the full order back through the pool after COMMIT, answers from the try or the catch, and releases in the finally
import pool from "../config/database.js";

const pesanansHandler = [
  {
    method: "POST",
    path: "/pesanans",
    handler: async (request, h) => {
      const client = await pool.connect();

      try {
        const { total_bayar, menus } = request.payload;

        await client.query("BEGIN");
        const pesananResult = await client.query(
          "INSERT INTO pesanans (total_bayar, status) VALUES ($1, $2) RETURNING *",
          [total_bayar, "completed"],
        );
        const pesananId = pesananResult.rows[0].id;

        for (const menu of menus) {
          await client.query(
            "INSERT INTO pesanan_details (pesanan_id, product_id, jumlah, total_harga) VALUES ($1, $2, $3, $4)",
            [pesananId, menu.product.id, menu.jumlah, menu.total_harga],
          );
        }
        await client.query("COMMIT");

        const fullData = await pool.query("SELECT * FROM pesanans WHERE id = $1", [pesananId]);
        return h.response({ status: "success", message: "Pesanan berhasil dibuat", data: fullData.rows[0] }).code(201);
      } catch (error) {
        await client.query("ROLLBACK");
        return h.response({ status: "error", message: "Failed to create pesanan" }).code(500);
      } finally {
        client.release();
      }
    },
  },
];

export default pesanansHandler;
