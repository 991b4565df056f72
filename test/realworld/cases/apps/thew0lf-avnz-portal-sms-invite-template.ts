// Source: thew0lf/avnz-portal — apps/api/src/sms.ts (sendInviteSms), reduced by hand, not copied
// Label: safe
// Why: only a `let` declaration sits between the checkout and the try whose finally releases; the template query runs inside it, and the Twilio send comes after the release (the source's second checkout, for the usage event, has the same shape and is left out)
import twilio from "twilio";
import { pool } from "./db.js";

export async function sendInviteSms(to: string, token: string, opts?: { clientId?: string; clientName?: string }) {
  const sid = process.env.TWILIO_ACCOUNT_SID;
  const auth = process.env.TWILIO_AUTH_TOKEN;
  const from = process.env.TWILIO_FROM;
  const base = process.env.INVITE_ACCEPT_URL_BASE || "http://localhost:3000/accept";
  if (!sid || !auth || !from) {
    console.warn("SMS disabled: missing Twilio env");
    return;
  }
  const client = twilio(sid, auth);
  const url = `${base}?token=${encodeURIComponent(token)}`;
  const clientName = opts?.clientName || "our service";
  const c = await pool.connect();
  let tmpl = "";
  try {
    const args: any[] = [];
    let sql = `select body from sms_templates where key='invite' and (client_id is null`;
    if (opts?.clientId) {
      sql += ` or client_id=$1`;
      args.push(opts.clientId);
    }
    sql += `) order by (client_id is null) limit 1`;
    const r = await c.query(sql, args);
    tmpl = r.rows[0]?.body || `You're invited to join {{clientName}}. Accept: {{url}}`;
  } finally {
    c.release();
  }
  const vars: Record<string, string> = { url, clientName };
  const body = tmpl.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, k) => vars[k] ?? "");
  await client.messages.create({ from, to, body });
}
