// Source: genghisprime/irisx-infrastructure — api/src/services/sms.js (SMSService.sendMessage), reduced by hand, not copied
// Label: safe
// Why: a service method takes its client from getClient() (db/connection.js: `return pool.connect()`) after an early return (the DNC check, cut); BEGIN, the sender check's throw, the inserts, COMMIT and the un-awaited provider send (caught with .catch) sit in the try, the catch rolls back and rethrows, the finally releases
import { query, getClient } from "./connection.js";

class SMSService {
  async sendMessage(params) {
    const { tenantId, from, to, body, dry_run = false } = params;
    if (!tenantId || !to) {
      return { blocked: true, reason: "missing tenant or recipient", to, from };
    }

    const client = await getClient();
    try {
      await client.query("BEGIN");
      const phoneCheck = await client.query(
        "SELECT id FROM phone_numbers WHERE tenant_id = $1 AND phone_number = $2 AND sms_enabled = true",
        [tenantId, from],
      );
      if (phoneCheck.rows.length === 0) {
        throw new Error("Invalid sender phone number or SMS not enabled");
      }
      const messageSid = this.generateMessageSid();
      const messageResult = await client.query(
        "INSERT INTO sms_messages (message_sid, tenant_id, from_number, to_number, body, status) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, queued_at",
        [messageSid, tenantId, from, to, body, "queued"],
      );
      const message = messageResult.rows[0];
      await client.query("INSERT INTO sms_message_events (message_id, tenant_id, event_type) VALUES ($1, $2, $3)", [message.id, tenantId, "queued"]);
      await client.query("COMMIT");

      if (!dry_run) {
        this.sendWithUnifiedRouting(message.id, messageSid, from, to, body).catch((err) => console.error("SMS send error:", err));
      } else {
        setTimeout(async () => {
          await query("UPDATE sms_messages SET status = $1 WHERE message_sid = $2", ["sent", messageSid]);
        }, 500);
      }
      return { sid: messageSid, status: "queued", queuedAt: message.queued_at };
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }

  generateMessageSid() {
    return `SM${Date.now()}`;
  }

  async sendWithUnifiedRouting(id, sid, from, to, body) {
    return { id, sid, from, to, body };
  }
}

export default new SMSService();
