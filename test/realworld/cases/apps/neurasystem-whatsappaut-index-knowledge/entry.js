// Source: NeuraSystem/WhatsAppAut — src/scripts/chroma/index_knowledge.js at 8f7a69f (indexKnowledge), reduced by hand, not copied
// Label: safe
// Why: the indexing script assigns the checkout to an outer `let connection` inside its try, holds it while the rows are embedded into ChromaDB, and releases it in the finally under `if (connection)`; its catch ends the process with `process.exit(1)`
const { ChromaClient } = require("chromadb");
const { pool } = require("./pg");
const logger = require("./logger");
const fs = require("fs");

const CHUNKS_PATH = "./data/profile_chunks.json";

async function indexKnowledge() {
  let connection;
  try {
    const chroma = new ChromaClient({ path: process.env.CHROMA_URL });
    const collection = await chroma.getOrCreateCollection({ name: "knowledge" });

    connection = await pool.connect();
    logger.info("Conexión a PostgreSQL establecida.");

    const documents = [];
    const ids = [];
    const res = await connection.query("SELECT id, texto FROM conocimientos");
    res.rows.forEach((row) => {
      documents.push(`Conocimiento general: ${row.texto}`);
      ids.push(`conocimiento_pg_${row.id}`);
    });

    if (fs.existsSync(CHUNKS_PATH)) {
      const chunks = JSON.parse(fs.readFileSync(CHUNKS_PATH, "utf-8"));
      chunks.forEach((chunk) => {
        if (chunk.id && chunk.content) {
          documents.push(chunk.content);
          ids.push(chunk.id);
        }
      });
    }

    await collection.add({ documents, ids });
    logger.info(`Indexación completada: ${documents.length} documentos.`);
  } catch (error) {
    logger.error("Error durante la indexación:", error);
    process.exit(1);
  } finally {
    if (connection) {
      connection.release();
      logger.info("Conexión a PostgreSQL cerrada.");
    }
  }
}

if (require.main === module) {
  indexKnowledge();
}

module.exports = { indexKnowledge };
