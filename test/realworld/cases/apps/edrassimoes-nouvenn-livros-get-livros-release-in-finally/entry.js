// Source: edrassimoes/nouvenn-livros — server/src/livros/controller.js at 683732a (getLivros), reduced by hand, not copied
// Label: safe
// Why: the fix of the bare `pool.connect();` routes: `let client`, the checkout and the query inside the try, and the finally releases when a client was obtained
import pool from "./db.js";

const getBooks = "SELECT * FROM livros";

export const getLivros = async (req, res) => {
  let client;
  try {
    client = await pool.connect();
    const resultado = await client.query(getBooks);
    res.status(200).json(resultado.rows);
  } catch (e) {
    console.error(e);
    res.status(500).json({ error: "could not list the books" });
  } finally {
    if (client) {
      client.release();
    }
  }
};
