// Source: arbengine/rail-events-listener — src/index.ts at 5711130 (bootFixedListener), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the LISTEN checkout is kept in the module's `activeListenerClient`, which the next boot, a failed heartbeat and shutdown release; but its 'error' and 'end' listeners only clear that variable and schedule a reboot, so every dropped connection leaves its checkout counted by the pool, never released
import type { Notification, PoolClient } from "pg";
import { pool } from "./pg.js";
import { logger } from "./logger.js";
import { handleNotification } from "./handlers.js";

let activeListenerClient: PoolClient | undefined;
let isShuttingDown = false;
let reconnectAttempts = 0;
let heartbeatInterval: NodeJS.Timeout | undefined;
const MAX_RECONNECT_ATTEMPTS = 10;
const CHANNELS = ["rail_event", "task_routed", "worker_status"];

export async function bootListener(): Promise<void> {
  if (isShuttingDown) return;

  if (activeListenerClient) {
    try {
      activeListenerClient.removeAllListeners();
      activeListenerClient.release();
    } catch (error) {
      logger.warn({ error }, "cleanup failed");
    }
    activeListenerClient = undefined;
  }

  try {
    const client = await pool.connect();
    activeListenerClient = client;

    await client.query("SET statement_timeout TO 0; SET idle_in_transaction_session_timeout TO 0;");

    client.on("error", async (err: Error) => {
      logger.error({ error: err.message }, "LISTEN client error");
      activeListenerClient = undefined;
      if (!isShuttingDown) {
        setTimeout(() => {
          bootListener().catch((error) => logger.error({ error }, "reconnect failed"));
        }, 2000);
      }
    });

    client.on("end", () => {
      logger.warn("LISTEN connection ended");
      activeListenerClient = undefined;
      if (!isShuttingDown) {
        setTimeout(() => {
          bootListener().catch((error) => logger.error({ error }, "reconnect after end failed"));
        }, 1000);
      }
    });

    client.on("notification", async (msg: Notification) => {
      try {
        await handleNotification(msg);
      } catch (error) {
        logger.error({ error, channel: msg.channel }, "notification handler failed");
      }
    });

    for (const channel of CHANNELS) {
      await client.query(`LISTEN ${channel}`);
    }

    startHeartbeat();
    reconnectAttempts = 0;
  } catch (error) {
    logger.error({ error }, "LISTEN connection failed");
    reconnectAttempts++;
    if (reconnectAttempts < MAX_RECONNECT_ATTEMPTS && !isShuttingDown) {
      const delay = Math.min(1000 * Math.pow(2, reconnectAttempts), 30000);
      setTimeout(() => {
        bootListener().catch((err) => logger.error({ err }, "retry failed"));
      }, delay);
    }
  }
}

function startHeartbeat() {
  if (heartbeatInterval) clearInterval(heartbeatInterval);
  heartbeatInterval = setInterval(async () => {
    if (!activeListenerClient || isShuttingDown) return;
    try {
      await activeListenerClient.query("SELECT 1 as heartbeat");
    } catch (error) {
      logger.error({ error }, "heartbeat failed");
      if (activeListenerClient) {
        try {
          activeListenerClient.removeAllListeners();
          activeListenerClient.release();
        } catch {
          // ignore
        }
        activeListenerClient = undefined;
      }
      if (!isShuttingDown) {
        setTimeout(() => {
          bootListener().catch((err) => logger.error({ err }, "heartbeat reconnect failed"));
        }, 1000);
      }
    }
  }, 30000);
}

export async function shutdown(): Promise<void> {
  isShuttingDown = true;
  if (heartbeatInterval) clearInterval(heartbeatInterval);
  if (activeListenerClient) {
    activeListenerClient.removeAllListeners();
    activeListenerClient.release();
    activeListenerClient = undefined;
  }
  await pool.end();
}
