// Source: CamiSerantoni/Mi_repertorio — models/Get_Repertorios.js (Get_Repertorios), reduced by hand, not copied
// Label: safe
// Why: the client is assigned inside the try to a `let` declared before it; both the return and the catch's return pass the finally's guarded release
import pool from "../config/db.js";

const Get_Repertorios = async () => {
  let client;
  const consulta = { name: "get-repertorios", text: "SELECT * FROM canciones ORDER BY id DESC" };
  try {
    client = await pool.connect();
    const resultado = await client.query(consulta);
    return resultado;
  } catch (error) {
    return console.error("Error al obtener repertorios", error.code, error.message);
  } finally {
    if (client) {
      client.release();
    }
  }
};

export default Get_Repertorios;
