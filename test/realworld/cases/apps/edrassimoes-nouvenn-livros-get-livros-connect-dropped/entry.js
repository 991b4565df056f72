// Source: edrassimoes/nouvenn-livros — server/src/livros/controller.js at 4febdd4 (getLivros), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a trainee's book-lending API calls a bare `pool.connect();` in each route before querying through the pool, with a finally holding only the comment "close connection"; every request checks out a client that nobody releases (fixed in a later commit: the release-in-finally case)
import pool from "./db.js";

const getBooks = "SELECT * FROM livros";

export const getLivros = async (req, res) => {
  try {
    pool.connect();
    const resultado = await pool.query(getBooks);
    res.status(200).json(resultado.rows);
  } catch (e) {
    console.log(e);
  } finally {
    // close the connection
  }
};
