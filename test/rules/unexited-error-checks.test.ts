// A query callback that tests its error but goes on — `if (err) console.log(err);` — still reads an undefined result
// when the query failed, and throws before the release (erc83/desafio-mi-bank's queryBalance.js). A test that leaves
// on the error (return, throw), an `else`, or a read inside the test's own branch stays silent. Each invalid case sits
// next to the valid twin it differs from.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** A connect callback whose query callback runs `body` (lines 4 onwards, indented 4) and ends with `release()`. */
const queryCallback = (body: string) => `pool.connect((err, client, release) => {
  if (err) return console.error(err);
  client.query("SELECT * FROM accounts", (queryErr, results) => {
${body
  .split("\n")
  .map((line) => `    ${line}`)
  .join("\n")}
    release();
  });
});`;

/** The finding for a read of `results.rows` on `line`. */
const readBeforeCheck = (line: number) => [
  {
    messageId: "resultReadBeforeErrorCheck" as const,
    data: { pool: "pool", result: "results", read: "results.rows", line, done: "release", error: "queryErr" },
    line: 1,
    column: 1,
    suggestions: [],
  },
];

ruleTester.run("no-leaked-client: an error test that goes on", rule, {
  valid: [
    {
      name: "the error test releases and returns",
      code: queryCallback("if (queryErr) {\n  release();\n  return console.log(queryErr);\n}\nconsole.log(results.rows);"),
    },
    {
      name: "the error test's block releases and ends in a throw",
      code: queryCallback("if (queryErr) {\n  release();\n  throw queryErr;\n}\nconsole.log(results.rows);"),
    },
    { name: "the read is in the else branch", code: queryCallback("if (queryErr) console.log(queryErr);\nelse console.log(results.rows);") },
    { name: "the read is inside a negated test's branch", code: queryCallback("if (!queryErr) console.log(results.rows);") },
    {
      name: "a comparison with null that releases and returns",
      code: queryCallback("if (queryErr != null) {\n  release();\n  return;\n}\nconsole.log(results.rows);"),
    },
  ],
  invalid: [
    {
      name: "the error is only logged under its test, then the rows are read",
      code: queryCallback("if (queryErr) console.log(queryErr);\nconsole.log(results.rows);"),
      errors: readBeforeCheck(5),
    },
    {
      name: "the error test's block logs and goes on",
      code: queryCallback("if (queryErr) {\n  console.log(queryErr);\n}\nconsole.log(results.rows);"),
      errors: readBeforeCheck(7),
    },
    {
      name: "a negated test whose branch does not hold the read",
      code: queryCallback("if (!queryErr) console.log('ok');\nconsole.log(results.rows);"),
      errors: readBeforeCheck(5),
    },
    {
      name: "a comparison with null that goes on",
      code: queryCallback("if (queryErr != null) console.log(queryErr);\nconsole.log(results.rows);"),
      errors: readBeforeCheck(5),
    },
  ],
});
