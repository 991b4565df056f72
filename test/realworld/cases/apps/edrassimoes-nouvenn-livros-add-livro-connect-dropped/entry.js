// Source: edrassimoes/nouvenn-livros — server/src/livros/controller.js at 4febdd4 (addLivro), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the synchronous create route calls `pool.connect();` and drops the promise of its client, then fires an un-awaited `pool.query` and answers 201; each request leaves one more client checked out
import pool from "./db.js";

const createBook = "INSERT INTO livros (titulo, autor) VALUES ($1, $2)";

export const addLivro = (req, res) => {
  const { titulo, autor } = req.body;
  try {
    pool.connect();
    pool.query(createBook, [titulo, autor]);
    res.status(201).send("created");
  } catch (e) {
    console.log(e);
  }
};
