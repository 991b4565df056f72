import { isProduction } from "./utils";

export async function send_to_slack(error: any) {
  if (!isProduction()) return;
  if (!process.env.SLACK_WEBHOOK) return;
  try {
    const title = (error?.message || "Error").substring(0, 150);
    await fetch(process.env.SLACK_WEBHOOK, { method: "POST", body: JSON.stringify({ text: title }) });
  } catch {
    // a failed notification is dropped
  }
}
