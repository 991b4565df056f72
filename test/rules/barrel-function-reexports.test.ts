// A db module's barrel that names what it re-exports (`export { getClient, query } from "./pool.js"`, the index of
// kishord82/factory_connect's and nihal-25/FinFlow's db packages): the checkout helper is the other module's, under the
// name the barrel exports it by. Before, only `export * from` carried functions; a named re-export carried pools only.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-barrel-reexports-");

write("db/pool.ts", `import { Pool } from "pg";\nconst pool = new Pool();\nexport async function getClient() {\n  return pool.connect();\n}\nexport const query = (text: string) => pool.query(text);\n`);
write("db/index.ts", `export { getClient, query } from "./pool.js";\n`);
write("renamed/index.ts", `export { getClient as acquire } from "../db/pool.js";\n`);
// A barrel that re-exports a function that is no checkout: it hands out the pool.
write("other/pool.ts", `import { Pool } from "pg";\nconst pool = new Pool();\nexport function getClient() {\n  return pool;\n}\n`);
write("other/index.ts", `export { getClient } from "./pool.js";\n`);

const at = (name: string) => path.join(root, "app", name);
const ROUTE = (source: string, helper: string, body: string) =>
  `import { ${helper} } from "${source}";\nexport async function list() {\n  const client = await ${helper}();\n${body}}\n`;
const RELEASED_AFTER_QUERY = `  const { rows } = await client.query("SELECT 1");\n  client.release();\n  return rows;\n`;
const RELEASED_IN_FINALLY = `  try {\n    return (await client.query("SELECT 1")).rows;\n  } finally {\n    client.release();\n  }\n`;

ruleTester.run("no-leaked-client: a checkout helper named in a barrel's `export { … } from`", rule, {
  valid: [
    {
      name: "the barrel's helper, released in a finally",
      code: ROUTE("../db/index.js", "getClient", RELEASED_IN_FINALLY),
      filename: at("route.ts"),
    },
    {
      name: "the barrel re-exports a function that hands out the pool, not a checkout",
      code: ROUTE("../other/index.js", "getClient", RELEASED_AFTER_QUERY),
      filename: at("route.ts"),
    },
  ],
  invalid: [
    {
      name: "the barrel's helper, released after a query that may throw",
      code: ROUTE("../db/index.js", "getClient", RELEASED_AFTER_QUERY),
      filename: at("route.ts"),
      errors: [{ messageId: "helperNotReleasedOnThrow", line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "re-exported under another name (`export { getClient as acquire }`)",
      code: ROUTE("../renamed/index.js", "acquire", `  return (await client.query("SELECT 1")).rows;\n`),
      filename: at("route.ts"),
      errors: [{ messageId: "helperNeverReleased", line: 3, column: 24, suggestions: [] }],
    },
  ],
});
