// Source: Jonmichaelpsmith/ClinicalSageAI — server/services/templateService.js (TemplateService.importTemplates), reduced by hand, not copied
// Label: safe
// Why: a per-template catch collects errors and goes on inside the transaction; the outer catch rolls back and throws a new error, and the `finally` releases on every path (the results object built before the `try` cannot throw)
const { pool } = require("../database");
const logger = require("../utils/logger").createLogger("template-service");

class TemplateService {
  async importTemplates(templates) {
    const client = await pool.connect();
    const results = { inserted: 0, errors: [] };

    try {
      await client.query("BEGIN");

      for (const template of templates) {
        try {
          const checkResult = await client.query("SELECT * FROM document_templates WHERE module = $1 AND section_id = $2", [
            template.module,
            template.sectionId,
          ]);

          if (checkResult.rows.length > 0) {
            await client.query("UPDATE document_templates SET title = $1, content = $2, updated_at = NOW() WHERE id = $3", [
              template.title,
              template.content || "",
              checkResult.rows[0].id,
            ]);
          } else {
            await client.query(
              "INSERT INTO document_templates (title, module, section_id, content, created_at, updated_at) VALUES ($1, $2, $3, $4, NOW(), NOW())",
              [template.title, template.module, template.sectionId, template.content || ""],
            );
          }

          results.inserted++;
        } catch (error) {
          results.errors.push({ template: `${template.module}-${template.sectionId}`, error: error.message });
          logger.error(`Error importing template ${template.module}-${template.sectionId}:`, error);
        }
      }

      await client.query("COMMIT");
      return results;
    } catch (error) {
      await client.query("ROLLBACK");
      logger.error("Error importing templates:", error);
      throw new Error("Failed to import templates");
    } finally {
      client.release();
    }
  }
}

module.exports = new TemplateService();
