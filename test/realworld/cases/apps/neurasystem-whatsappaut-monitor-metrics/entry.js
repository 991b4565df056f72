// Source: NeuraSystem/WhatsAppAut — src/utils/proactiveMonitor.js at 8f7a69f (ProactiveMonitor.calculateSystemMetrics, run by a setInterval health check), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the periodic metrics pass releases its client only after the satisfaction AVG query resolved, outside any finally; its catch only logs, so a failing query leaks a client on every tick
const { pool } = require("./pg");
const logger = require("./logger");
const failureHandler = require("./failureHandler");

class ProactiveMonitor {
  constructor() {
    this.metrics = { errorRate: 0, userSatisfaction: 0 };
  }

  start() {
    this.monitorInterval = setInterval(() => {
      this.calculateSystemMetrics();
    }, 30000);
  }

  async calculateSystemMetrics() {
    try {
      const failureStats = await failureHandler.getFailureStats();
      if (failureStats.total_clients > 0) {
        this.metrics.errorRate = failureStats.clients_with_failures / failureStats.total_clients;
      }

      const client = await pool.connect();
      const satisfaction = await client.query(`
        SELECT AVG(estimated_satisfaction) as avg_satisfaction
        FROM interaction_history
        WHERE created_at > NOW() - INTERVAL '1 hour'
      `);
      client.release();

      if (satisfaction.rows[0]?.avg_satisfaction) {
        this.metrics.userSatisfaction = parseFloat(satisfaction.rows[0].avg_satisfaction);
      }
      logger.debug("metrics", this.metrics);
    } catch (error) {
      logger.error("Error calculando métricas del sistema:", error);
    }
  }
}

module.exports = new ProactiveMonitor();
