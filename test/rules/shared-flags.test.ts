// A release guarded by a boolean flag (`if (!sent) { … release() }`) is trusted only when the flag belongs to one
// checkout: a flag declared outside the loop or repeated callback that makes the checkouts is set by the first and
// says nothing about the others (corpus: Luckynotrich/ur-backend's review insert). Each invalid case sits next to
// its valid twin.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const CONNECT = `pool.connect((err, client, release) => {
      if (err) return;
      if (!sent) {
        sent = true;
        client.query("INSERT INTO reviews DEFAULT VALUES", () => {
          release();
        });
      }
    });`;

/** A route handler (a function handed to app.get) with checkouts; the flag is declared at `outer` or `inner`. */
const ROUTE = (outer: string, inner: string) => `import { Pool } from "pg";
const pool = new Pool();
app.get("/rows", (req, res) => {
  ${outer}
  req.body.ids.forEach((id) => {
    pool.connect((err, client, release) => {
      if (err) return;
      ${inner}
      client.once("error", () => released || ((released = true), release()));
      client.query("SELECT $1", [id], (error, result) => {
        if (!released) return (released = true), release(), res.write(String(result.rowCount));
      });
    });
  });
});`;

ruleTester.run("no-leaked-client: a release flag shared by several checkouts", rule, {
  valid: [
    {
      // The route handler is a function handed to a call (app.get), but the flag is made inside the checkout's own
      // callback: each request's checkout has its own (the bundled pg-pool query of neondatabase/serverless).
      name: "a flag declared in the checkout's callback, inside a route handler",
      code: ROUTE("", "let released = false;"),
    },
    {
      name: "the flag of the one checkout the function makes",
      code: `import { Pool } from "pg";
const pool = new Pool();
export function insert() {
  let sent = false;
  {
    ${CONNECT}
  }
}`,
    },
    {
      name: "a flag declared inside the repeated callback belongs to its checkout",
      code: `import { Pool } from "pg";
const pool = new Pool();
export function insertAll(fields: string[]) {
  fields.forEach(() => {
    let sent = false;
    ${CONNECT}
  });
}`,
    },
  ],
  invalid: [
    {
      // The client's own 'error' listener is no release on the ordinary paths (connection-event-releases.ts): the
      // finding is at the query callback's end, where a later checkout finds the flag set and keeps its client.
      name: "one flag in the route handler for the checkouts of a forEach",
      code: ROUTE("let released = false;", ""),
      errors: [
        { messageId: "callbackPathWithoutDone", data: { pool: "pool", where: "the end of the callback on line 12", done: "release" }, line: 6, column: 5, suggestions: [] },
      ],
    },
    {
      name: "one flag for the checkouts of a forEach callback",
      code: `import { Pool } from "pg";
const pool = new Pool();
export function insertAll(fields: string[]) {
  let sent = false;
  fields.forEach(() => {
    ${CONNECT}
  });
}`,
      errors: [
        { messageId: "callbackPathWithoutDone", data: { pool: "pool", where: "the end of the callback on line 14", done: "release" }, line: 6, column: 5, suggestions: [] },
      ],
    },
    {
      name: "one flag for the checkouts of a loop",
      code: `import { Pool } from "pg";
const pool = new Pool();
export function insertAll(fields: string[]) {
  let sent = false;
  for (const field of fields) {
    ${CONNECT}
  }
}`,
      errors: [
        { messageId: "callbackPathWithoutDone", data: { pool: "pool", where: "the end of the callback on line 14", done: "release" }, line: 6, column: 5, suggestions: [] },
      ],
    },
  ],
});
