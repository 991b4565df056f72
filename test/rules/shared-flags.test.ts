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

ruleTester.run("no-leaked-client: a release flag shared by several checkouts", rule, {
  valid: [
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
