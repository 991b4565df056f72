// Source: Athlinked-app/Athlinked-Web — backend/config/db-helper.js (getClientWithRetry, added by b326d54 "fix: bugs" against pool exhaustion), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the checkout races a timer; when the timer wins, the retry loop moves on and the client that `pool.connect()` hands over later is never released (nor is the timer cleared when the checkout wins)
const pool = require("./db");

async function getClientWithRetry(timeoutMs = 5000, retries = 1) {
  let lastError;

  for (let i = 0; i <= retries; i++) {
    try {
      const timeoutPromise = new Promise((_, reject) => {
        setTimeout(() => reject(new Error("Connection timeout")), timeoutMs);
      });

      const clientPromise = pool.connect();
      const client = await Promise.race([clientPromise, timeoutPromise]);
      return client;
    } catch (error) {
      lastError = error;
      if (error.message && error.message.includes("connection") && i < retries) {
        await new Promise((resolve) => setTimeout(resolve, Math.min(1000 * Math.pow(2, i), 3000)));
        continue;
      }
      throw error;
    }
  }

  throw lastError;
}

module.exports = { getClientWithRetry };
