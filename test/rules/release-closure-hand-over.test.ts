// A closure that wraps the release (`const done = (r) => { clearInterval(timer); _done.apply(conn, [r]); }`) handed
// to a call together with the client hands the release over, as passing pg's `done` itself does (corpus:
// dreamcareer7/real-estate-server's getConnection). Each invalid case sits next to its valid twin.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const getConnection = (success: string) => `import { Pool } from "pg";
const pool = new Pool();
export function getConnection(cb: (err?: Error, conn?: unknown, done?: () => void) => void) {
  pool.connect((err, conn, _done) => {
    if (err) return cb(err);
    const timer = setInterval(() => console.log("Connection not released"), 30000);
    const done = (release?: boolean) => {
      clearInterval(timer);
      _done.apply(conn, [release]);
    };
    conn.query("SET application_name = 'api'", (error) => {
      if (error) {
        done();
        return cb(error);
      }
${success}
    });
  });
}`;

ruleTester.run("no-leaked-client: a release closure handed over", rule, {
  valid: [
    { name: "the client and the wrapping closure go to the caller's callback", code: getConnection("      cb(undefined, conn, done);") },
    { name: "the closure handed to a query as its callback", code: getConnection('      conn.query("RESET ALL", done);') },
  ],
  invalid: [
    {
      name: "the client goes to the caller without the closure",
      code: getConnection("      cb(undefined, conn);"),
      errors: [{ messageId: "callbackPathWithoutDone", data: { pool: "pool", where: "the end of the callback on line 17", done: "_done" }, line: 4, column: 3, suggestions: [] }],
    },
  ],
});
