// Source: getsentry/sentry-javascript — dev-packages/node-integration-tests/suites/tracing/postgres/scenario-connect-then.mjs, reduced by hand, not copied
// Label: safe
// Why: a standalone `pg.Client` is connected, queried and ended in one `.then` chain inside a span; no pool checkout is involved
import * as Sentry from "@sentry/node";
import { Client } from "pg";

async function run() {
  await Sentry.startSpan({ name: "Test Transaction", op: "transaction" }, () =>
    new Promise((resolve, reject) => {
      const client = new Client({ port: 5494, user: "test", password: "test", database: "tests" });
      client
        .connect()
        .then(() => client.query("SELECT 1 AS connect_then"))
        .then(() => client.end())
        .then(resolve, reject);
    }),
  );
}

run();
