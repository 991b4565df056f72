// Source: genghisprime/irisx-infrastructure — api/src/routes/calls.js (POST /), reduced by hand, not copied
// Label: safe
// Why: the Hono handler takes its client from getClient() (db/connection.js: `return pool.connect()`) and opens a try at once: BEGIN, the inserts, COMMIT, the FreeSWITCH call and every `return c.json(…)` sit inside it, the catch rolls back and rethrows, the finally releases
import { Hono } from "hono";
import { query, getClient } from "./connection.js";
import { freeswitch } from "../services/freeswitch.js";

const calls = new Hono();

calls.post("/", async (c) => {
  try {
    const { to, from, dry_run } = await c.req.json();
    const tenantId = c.get("tenantId");
    if ((await query("SELECT id FROM phone_numbers WHERE tenant_id = $1 AND phone_number = $2", [tenantId, from])).rows.length === 0) {
      return c.json({ error: "Forbidden", code: "INVALID_CALLER_ID" }, 403);
    }

    const client = await getClient();
    try {
      await client.query("BEGIN");
      const callSid = `CA${Date.now()}`;
      const callResult = await client.query(
        "INSERT INTO calls (tenant_id, call_sid, from_number, to_number, status) VALUES ($1, $2, $3, $4, $5) RETURNING id, call_sid",
        [tenantId, callSid, from, to, "initiated"],
      );
      const call = callResult.rows[0];
      await client.query("INSERT INTO call_logs (call_id, tenant_id, event_type) VALUES ($1, $2, $3)", [call.id, tenantId, "call.initiated"]);
      await client.query("COMMIT");

      if (!dry_run) {
        try {
          await freeswitch.api(`originate sofia/gateway/twilio/${to} &park`);
          await query("UPDATE calls SET status = $1 WHERE call_sid = $2", ["ringing", callSid]);
        } catch (fsError) {
          console.error("FreeSWITCH origination error:", fsError);
          await query("UPDATE calls SET status = $1 WHERE call_sid = $2", ["failed", callSid]);
          return c.json({ error: "Call Origination Failed", sid: callSid }, 500);
        }
      }
      return c.json({ sid: call.call_sid, status: "ringing" }, 201);
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  } catch (error) {
    console.error("Create call error:", error);
    return c.json({ error: "Internal Server Error", code: "CALL_CREATE_ERROR" }, 500);
  }
});

export default calls;
