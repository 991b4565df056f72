// Source: truehazker/elysia-boilerplate — src/main.ts at 68a10b6 (the onStart hook), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the start-up hook checks a client out of `db.$client` — the pg Pool drizzle built from its `{ connection }` config in ./db — only to log "Database connected"; the `.then` callback ignores the client and nothing releases it, so one of the pool's ten connections is held for the server's life
import { Elysia } from "elysia";
import { log } from "./logger";
import db from "./db";

const app = new Elysia()
  .onStart(() => {
    db.$client
      .connect()
      .then(() => {
        log.info("Database connected");
      })
      .catch((err: Error) => {
        log.error(err, "Failed to connect to database");
        process.exit(1);
      });
  })
  .listen(3000);

process.once("SIGTERM", () => {
  app.stop();
  db.$client.end();
  process.exit(0);
});
