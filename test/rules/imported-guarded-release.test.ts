// A release helper of another module that first returns when it was given no client: blockfrost-backend-ryo's
// `gracefulRelease(client)`, `if (!client) return;` and then `client.release()` inside a try whose catch only logs.
// A pool client is never falsy or nullish, so a path holding one never takes that return: the helper gives it back.
// A guard on something else about the client (`if (!client.ready) return;`) may be taken with a client in hand.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-imported-guarded-release-");

const helper = (guard: string) =>
  `import type { PoolClient } from "pg";\nexport const gracefulRelease = (client: PoolClient) => {\n  if (${guard}) return;\n  try {\n    client.release();\n  } catch (error) {\n    console.warn(error);\n  }\n};\n`;
write("falsy/database.ts", helper("!client"));
write("nullish/database.ts", helper("client == null"));
write("property/database.ts", helper("!(client as any).ready"));

const at = (dir: string) => path.join(root, dir, "entry.ts");
const code = `import { gracefulRelease } from "./database";\nimport { Pool } from "pg";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const client = await pool.connect();\n  gracefulRelease(client);\n}\n`;
const route = `import { gracefulRelease } from "./database";\nimport { Pool } from "pg";\nconst pool = new Pool();\nexport async function latest(reply: { send(body: unknown): unknown }) {\n  const client = await pool.connect();\n  try {\n    const { rows } = await client.query("SELECT * FROM block ORDER BY id DESC LIMIT 1");\n    gracefulRelease(client);\n    return reply.send(rows[0]);\n  } catch (error) {\n    gracefulRelease(client);\n    throw error;\n  }\n}\n`;

ruleTester.run("no-leaked-client: an imported helper that returns early only without a client", rule, {
  valid: [
    { name: "`if (!client) return;` before the guarded release", code, filename: at("falsy") },
    { name: "`if (client == null) return;` before the guarded release", code, filename: at("nullish") },
    { name: "blockfrost's route: the helper after the query and again in the catch", code: route, filename: at("falsy") },
  ],
  invalid: [
    {
      name: "a guard on a property of the client may return with the client held",
      code,
      filename: at("property"),
      errors: [
        {
          messageId: "neverReleased",
          data: { pool: "pool" },
          line: 5,
          column: 24,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              data: { helper: "withClient" },
              output: `import { gracefulRelease } from "./database";\nimport { Pool } from "pg";\nimport { withClient } from "poolguard/runtime";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  await withClient(pool, async (client) => {\n    gracefulRelease(client);\n  });\n}\n`,
            },
          ],
        },
      ],
    },
  ],
});
