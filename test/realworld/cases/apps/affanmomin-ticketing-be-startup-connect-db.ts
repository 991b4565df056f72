// Source: affanmomin/ticketing-be — src/index.ts at eb9a99f (connectDB), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the Fastify service's start-up check releases its test client only after `SELECT 1` succeeded; a failing query is logged by the catch and start-up goes on with that client checked out
import { pool } from "./db/pool";
import server from "./server";

const port = Number(process.env.PORT) || 3000;

async function connectDB() {
  try {
    console.log("Connecting to Supabase PostgreSQL...");
    const testClient = await pool.connect();
    await testClient.query("SELECT 1");
    testClient.release();
    console.log("Connected to Supabase PostgreSQL!");
  } catch (err) {
    console.error("Connection error:", err);
  }
}

connectDB();

server.listen({ port, host: "0.0.0.0" }, (err) => {
  if (err) throw err;
});
