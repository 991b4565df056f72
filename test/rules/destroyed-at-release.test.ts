// `client.query("ROLLBACK").catch(log)` then `client.release(true)` (the MCP postgres server's query tool, zed's
// postgres-context-server): a client released with a truthy argument is destroyed, not pooled, so the queued work
// cannot run on another caller's checkout, and its failure is handled. Each invalid case sits next to its valid twin.
import rule from "../../rules/no-unawaited-client-work.js";
import { ruleTester } from "../support/rule-tester.js";

const tool = (rollback: string, release: string) => `import pg from "pg";
const pool = new pg.Pool();
export async function queryTool(sql) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN TRANSACTION READ ONLY");
    return (await client.query(sql)).rows;
  } finally {
    ${rollback};
    ${release};
  }
}`;

const CAUGHT = `client.query("ROLLBACK").catch((error) => console.warn(error))`;
const awaited = (code: string) => code.replace(`    ${CAUGHT.split(".catch")[0]}`, `    await ${CAUGHT.split(".catch")[0]}`);

ruleTester.run("no-unawaited-client-work: caught work before a release that destroys the client", rule, {
  valid: [
    { name: "caught, then release(true)", code: tool(CAUGHT, "client.release(true)") },
    { name: "caught with then(ok, fail), then release(new Error(…))", code: tool(`client.query("ROLLBACK").then(() => {}, () => {})`, 'client.release(new Error("done"))') },
  ],
  invalid: [
    {
      name: "caught, but a plain release returns the client to the pool with the ROLLBACK still queued",
      code: tool(CAUGHT, "client.release()"),
      errors: [
        {
          messageId: "unawaited",
          line: 9,
          column: 5,
          suggestions: [{ messageId: "addAwait", output: awaited(tool(CAUGHT, "client.release()")) }],
        },
      ],
    },
    {
      name: "destroyed, but nobody handles the ROLLBACK's rejection",
      code: tool(`client.query("ROLLBACK")`, "client.release(true)"),
      errors: [
        {
          messageId: "unawaited",
          line: 9,
          column: 5,
          suggestions: [{ messageId: "addAwait", output: tool(`await client.query("ROLLBACK")`, "client.release(true)") }],
        },
      ],
    },
    {
      name: "caught, but one of the later releases pools the client again",
      code: tool(CAUGHT, "if (sql) client.release(true);\n    else client.release()"),
      errors: [
        {
          messageId: "unawaited",
          line: 9,
          column: 5,
          suggestions: [{ messageId: "addAwait", output: awaited(tool(CAUGHT, "if (sql) client.release(true);\n    else client.release()")) }],
        },
      ],
    },
  ],
});
