// Source: sainathg1002/Identity-Reconciliation- — src/server.ts at 5164016 (module top level), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the start-up probe `pool.connect().then(() => app.listen(...))` ignores the client the promise resolves with, so one pool slot stays checked out for the server's whole life
import app from "./app";
import pool from "./db";

const PORT = process.env.PORT || 3000;

pool
  .connect()
  .then(() => {
    app.listen(PORT, () => console.log(`Server running on port ${PORT}`));
  })
  .catch((err: any) => console.error("DB connection failed:", err?.message || err));
