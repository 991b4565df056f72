// Source: genghisprime/irisx-infrastructure — api/src/services/campaign-enhancements.js (createABTest), reduced by hand, not copied
// Label: safe
// Why: the pool is db/connection.js's default export, imported as `db`; the try opens at once, BEGIN, the inserts and COMMIT run in it, `return this.getABTest(…)` hands back a promise of pool queries that never touch the client, the catch rolls back and rethrows, the finally releases
import db from "./connection.js";

class CampaignEnhancementsService {
  async createABTest(campaignId, tenantId, testConfig) {
    const client = await db.connect();

    try {
      await client.query("BEGIN");
      const testResult = await client.query(
        "INSERT INTO campaign_ab_tests (campaign_id, tenant_id, test_name, test_type) VALUES ($1, $2, $3, $4) RETURNING *",
        [campaignId, tenantId, testConfig.test_name || "A/B Test", testConfig.test_type],
      );
      const test = testResult.rows[0];
      await client.query("INSERT INTO campaign_ab_variants (ab_test_id, tenant_id, variant, content) VALUES ($1, $2, 'A', $3)", [test.id, tenantId, JSON.stringify(testConfig.variant_a)]);
      await client.query("INSERT INTO campaign_ab_variants (ab_test_id, tenant_id, variant, content) VALUES ($1, $2, 'B', $3)", [test.id, tenantId, JSON.stringify(testConfig.variant_b)]);
      await client.query("COMMIT");

      return this.getABTest(test.id, tenantId);
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }

  async getABTest(testId, tenantId) {
    const testResult = await db.query("SELECT * FROM campaign_ab_tests WHERE id = $1 AND tenant_id = $2", [testId, tenantId]);
    if (testResult.rows.length === 0) {
      throw new Error("A/B test not found");
    }
    return testResult.rows[0];
  }
}

export default new CampaignEnhancementsService();
