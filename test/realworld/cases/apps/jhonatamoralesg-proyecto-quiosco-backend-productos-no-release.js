// Source: jhonatamoralesg/Proyecto_quiosco-Backend — models/modelProductos.js (mProductos.getAll), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a model method checks out a client (named after the table), returns the rows from inside a try/catch and never releases it
import { pool } from "../config/database.js";

export const mProductos = {
  getAll: async () => {
    const productos = await pool.connect();
    try {
      const results = await productos.query("SELECT * FROM productos");
      return results.rows;
    } catch (error) {
      console.log("Error al cargar los productos", error);
      throw new Error("Error al cargar los productos");
    }
  },
};
