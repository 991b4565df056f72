// Source: NeuraSystem/WhatsAppAut — src/database/pg.js at 8f7a69f (initializeDatabase), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client is released only after the schema inspection, table creation and verification all resolved; if one throws, the catch logs "continuing without PostgreSQL" and the bot keeps running one client short
const { pool } = require("./pg");
const logger = require("./logger");
const { inspectAndNormalizeSchema, createBasicTablesWithInspection, verifyTables } = require("./schema");

async function initializeDatabase() {
  try {
    logger.info("Conectando a PostgreSQL...");
    const client = await pool.connect();
    logger.info("Conexión establecida.");

    await inspectAndNormalizeSchema(client);
    await createBasicTablesWithInspection(client);
    await verifyTables(client);

    client.release();
    logger.info("Base de datos lista.");
  } catch (error) {
    logger.error("Error al inicializar PostgreSQL:", { error: error.message, stack: error.stack });
    logger.warn("Continuando sin base de datos PostgreSQL...");
  }
}

module.exports = { initializeDatabase };
