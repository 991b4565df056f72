// Source: jhonatamoralesg/Proyecto_quiosco-Backend — models/modelVenta.js (modelVenta.crearVenta), reduced by hand, not copied
// Label: safe
// Why: a sale and its detail rows are inserted in one transaction inside a try whose finally releases; the return and the rethrow both pass it
import { pool } from "../config/database.js";

export const modelVenta = {
  crearVenta: async (idcliente, total, detalles) => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const result = await client.query("INSERT INTO ventas (idcliente, total) VALUES ($1, $2) RETURNING idventa", [idcliente, total]);
      const idventa = result.rows[0].idventa;
      for (const detalle of detalles) {
        await client.query("INSERT INTO detallesventa (idventa, idproducto, cantidad) VALUES ($1, $2, $3)", [idventa, detalle.idproducto, detalle.cantidad]);
      }
      await client.query("COMMIT");
      return { idventa };
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  },
};
