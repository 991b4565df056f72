// Source: AmoghKharche/FinGuard — backend/src/app.ts at 3f07af3 (setupRuleListener), reduced by hand, not copied
// Label: safe
// Why: the Fastify app LISTENs for rule changes on a dedicated `pg.Client` (no pool), reconnecting with back-off: the 'error' and 'end' listeners end the old client before a new one is made; a standalone Client is no pool checkout, labelled safe as the corpus labels them
import type { FastifyInstance } from "fastify";
import { Client } from "pg";

async function loadRuleConfig(app: FastifyInstance) {
  const result = await app.pg.query("SELECT * FROM rule_config");
  (app as any).ruleConfig = Object.fromEntries(result.rows.map((row: any) => [row.rule_type, row]));
}

export async function setupRuleListener(app: FastifyInstance) {
  let listenerClient: Client | null = null;
  let reconnectTimeout: NodeJS.Timeout | null = null;
  let reconnectDelay = 5000;

  const connect = async () => {
    try {
      listenerClient = new Client({ connectionString: process.env.DATABASE_URL });

      await listenerClient.connect();
      await listenerClient.query("LISTEN rule_config_updated");
      app.log.info("Rule config listener connected");
      reconnectDelay = 5000;

      listenerClient.on("notification", async (msg) => {
        if (msg.channel === "rule_config_updated") {
          await loadRuleConfig(app);
        }
      });
      listenerClient.on("error", async () => {
        await cleanupAndReconnect();
      });
      listenerClient.on("end", async () => {
        await cleanupAndReconnect();
      });
    } catch (err) {
      app.log.error({ err }, "Rule config listener connect failed, retrying");
      scheduleReconnect();
    }
  };

  const cleanupAndReconnect = async () => {
    if (listenerClient) {
      try {
        await listenerClient.end();
      } catch (_) {}
      listenerClient = null;
    }
    scheduleReconnect();
  };

  const scheduleReconnect = () => {
    if (reconnectTimeout) return;
    reconnectTimeout = setTimeout(() => {
      reconnectTimeout = null;
      reconnectDelay = Math.min(reconnectDelay * 2, 30000);
      connect();
    }, reconnectDelay);
  };

  await connect();
}
