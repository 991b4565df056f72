// Source: NeuraSystem/WhatsAppAut — src/utils/proactiveMonitor.js at 8f7a69f (ProactiveMonitor.checkDatabaseHealth, run by a setInterval health check), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the periodic health check releases only after `SELECT 1` resolved; a failed or timed-out query goes to the catch, which records an alert and swallows the error, so every failing tick keeps one more client until the pool is drained
const { pool } = require("./pg");
const logger = require("./logger");

class ProactiveMonitor {
  constructor() {
    this.healthChecks = { database: true };
    this.alerts = [];
    this.monitoringInterval = 30000;
  }

  start() {
    this.performHealthCheck();
    this.monitorInterval = setInterval(() => {
      this.performHealthCheck();
    }, this.monitoringInterval);
  }

  async performHealthCheck() {
    try {
      await this.checkDatabaseHealth();
    } catch (error) {
      logger.error("health check failed:", error);
    }
  }

  addAlert(level, type, message) {
    this.alerts.push({ level, type, message, at: Date.now() });
  }

  async checkDatabaseHealth() {
    try {
      const client = await pool.connect();
      const result = await client.query("SELECT 1 as health_check, NOW() as timestamp");
      client.release();

      this.healthChecks.database = result.rows.length > 0;
      if (!this.healthChecks.database) {
        this.addAlert("critical", "database_connection", "No se puede conectar a la base de datos");
      }
    } catch (error) {
      this.healthChecks.database = false;
      this.addAlert("critical", "database_error", `Error de base de datos: ${error.message}`);
    }
  }
}

module.exports = new ProactiveMonitor();
