// Source: CrisContrerasC/Prueba-Banco-Solar — models/Post_Transferencia.js at b294b8c (Post_Transferencia), reduced by hand, not copied
// Label: safe
// Why: the "Banco Solar" transfer checks out inside the try (`let client`), inserts and moves the balances between BEGIN and COMMIT; the catch rolls back and returns `console.error(…)`, and the finally releases whenever a client was obtained, a rejected ROLLBACK included
import pool from "./db.js";

const Post_Transferencia = async (transferencia) => {
  let client;
  const consulta = {
    text: "INSERT INTO transferencias (emisor, receptor, monto, fecha) VALUES ($1, $2, $3, $4) RETURNING *",
    values: Object.values(transferencia),
  };
  try {
    client = await pool.connect();
    await client.query("BEGIN");
    const result = await client.query(consulta);
    const { emisor, receptor, monto } = result.rows[0];
    await client.query({ text: "UPDATE usuarios SET balance = balance - $2 WHERE id = $1", values: [emisor, monto] });
    await client.query({ text: "UPDATE usuarios SET balance = balance + $2 WHERE id = $1", values: [receptor, monto] });
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    return console.error("transfer failed", error.code, error.message);
  } finally {
    if (client) {
      client.release();
    }
  }
};

export default Post_Transferencia;
