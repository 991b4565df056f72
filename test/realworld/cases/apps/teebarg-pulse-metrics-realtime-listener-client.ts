// Source: teebarg/pulse-metrics — apps/api/realtime-listener.ts at 4a6ad2c (createRealtimeListener), reduced by hand, not copied
// Label: safe
// Why: the realtime LISTEN runs on a dedicated `new Client(…)`, not on the drizzle pool; no pool checkout, and the 'end' handler reconnects with a new Client and a failed connect is rethrown to the caller
import pg from "pg";

const { Client } = pg;

export async function createRealtimeListener() {
  const client = new Client({ connectionString: process.env.DATABASE_URL });

  try {
    await client.connect();
    await client.query("LISTEN table_changes");
    client.on("notification", (msg) => {
      if (msg.channel === "table_changes") console.log(JSON.parse(msg.payload || "{}"));
    });
    client.on("error", (err) => console.error("Postgres listener error:", err));
    client.on("end", () => {
      setTimeout(() => createRealtimeListener(), 5000);
    });

    return client;
  } catch (error) {
    console.error("Failed to connect to Postgres:", error);
    throw error;
  }
}
