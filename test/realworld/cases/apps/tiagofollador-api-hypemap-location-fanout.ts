// Source: TiagoFollador/api.hypemap — src/socket/fanout.ts at 5698c59 (startLocationFanout), reduced by hand, not copied
// Label: safe
// Why: the socket.io presence fan-out LISTENs on a dedicated `new Client(...)` (no pool) kept in a module variable; stopLocationFanout ends it, and there is no pool checkout to release
import pg from "pg";
import type { Server } from "socket.io";

const { Client } = pg;

let ioRef: Server | null = null;
let listenClient: InstanceType<typeof Client> | null = null;

export async function startLocationFanout(io: Server): Promise<void> {
  ioRef = io;

  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  listenClient = client;

  await client.query("LISTEN location_updates");

  client.on("notification", (msg) => {
    if (msg.channel !== "location_updates" || !msg.payload) return;
    const data = JSON.parse(msg.payload) as { userId: string };
    ioRef?.to(`friends:${data.userId}`).volatile.emit("presence.delta", data);
  });
  client.on("error", (err) => console.error("fanout pg client error:", err));
}

export async function stopLocationFanout(): Promise<void> {
  if (listenClient) {
    await listenClient.end();
    listenClient = null;
  }
}
