import { send_to_slack } from "./slack";

const error_codes: Record<string, string> = { "23505": "Duplicate key" };

export function log_error(error: any, user: any | null = null, sendToSlack = true) {
  const msg = error_codes[error.code];
  if (msg) {
    console.log("\n==== BEGIN ERROR ====\n");
    console.trace(`ERROR [${error.code}]: ${msg}\n`);
  }

  console.log("\n");
  console.error(error);
  console.log("\n==== END ERROR ====\n");

  const err = user ? { user: user || null, error } : error;
  if (sendToSlack) send_to_slack(err);
}

export function isProduction() {
  return process.env.NODE_ENV === "production";
}
