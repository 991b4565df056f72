// A result kept by `.then` in a `let`, whose `.catch` only handles the error, then read (Cybertron-Avneesh/
// SWE-backend's createUser): when the query fails the variable is still undefined, and `data.rows` throws before the
// release. Only a `let` declared without a value, written nowhere but in the `.then` callback, read after the chain in
// the same statement list with no loop in between, is taken as certain. Each invalid case sits next to the valid
// twin it differs from.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** connect() on line 2, `declare` on line 3, the swallowing chain on lines 4–8, then `after` from line 9 on. */
const lookup = (declare: string, after: string) => `async function createUser(pool, id) {
  const client = await pool.connect();
  ${declare}
  await client
    .query("SELECT 1 FROM ldap WHERE id = $1", [id])
    .then((response) => {
      data = response;
    })
    .catch((err) => console.log(err));
${after}
}`;

const READ_THEN_RELEASE = `  const found = data.rows.length === 1;\n  client.release();\n  return found;`;

ruleTester.run("no-leaked-client: a result a swallowing `.catch` left undefined", rule, {
  valid: [
    { name: "the result read optionally (`data?.rows`)", code: lookup("let data;", READ_THEN_RELEASE.replace("data.rows", "data?.rows")) },
    { name: "declared with a value", code: lookup("let data = { rows: [] };", READ_THEN_RELEASE) },
    { name: "checked before it is read", code: lookup("let data;", `  if (!data) {\n    client.release();\n    return false;\n  }\n${READ_THEN_RELEASE}`) },
    { name: "released before it is read", code: lookup("let data;", `  client.release();\n  return data.rows.length === 1;`) },
  ],
  invalid: [
    {
      name: "read before the release (Cybertron-Avneesh/SWE-backend)",
      code: lookup("let data;", READ_THEN_RELEASE),
      errors: [
        {
          messageId: "swallowedResultRead",
          data: { pool: "pool", line: 10, result: "data", read: "data.rows" },
          line: 2,
          column: 24,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              data: { helper: "withClient" },
              output: `import { withClient } from "poolguard/runtime";
async function createUser(pool, id) {
  const found = await withClient(pool, async (client) => {
    let data;
    await client
      .query("SELECT 1 FROM ldap WHERE id = $1", [id])
      .then((response) => {
        data = response;
      })
      .catch((err) => console.log(err));
    const found = data.rows.length === 1;
    return found;
  });
  return found;
}`,
            },
          ],
        },
      ],
    },
  ],
});
