// Source: CrisContrerasC/Prueba-Banco-Solar — models/Get_Transferencias.js at b294b8c (Get_Transferencias), reduced by hand, not copied
// Label: safe
// Why: a named join query on a client checked out inside the try; the catch returns `console.error(…)` and the finally releases when a client was obtained
import pool from "./db.js";

const Get_Transferencias = async () => {
  let client;
  const consulta = {
    name: "get-transferencias",
    text: "SELECT t.id, u.nombre AS emisor, r.nombre AS receptor, t.monto, t.fecha FROM transferencias t JOIN usuarios u ON t.emisor = u.id JOIN usuarios r ON t.receptor = r.id",
  };
  try {
    client = await pool.connect();
    const resultado = await client.query(consulta);
    return resultado;
  } catch (error) {
    return console.error("could not list transfers", error.code, error.message);
  } finally {
    if (client) {
      client.release();
    }
  }
};

export default Get_Transferencias;
