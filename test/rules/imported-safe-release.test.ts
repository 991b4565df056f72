// A release helper of another module that guards the release itself: `safelyReleaseClient(client)`, imported from
// "./utils", whose first statement is `client.release()` inside a try whose catch only logs (NukoAqua's and
// syahiidkamil's Postgres MCP servers). Every path through that try has run the release — the catch is reached only
// when pg refused a second release — so the helper gives the client back. A try whose release comes after work that
// may throw, with a catch that only logs, does not.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-imported-safe-release-");

write(
  "first/utils.ts",
  `import type { PoolClient } from "pg";\nexport function safelyReleaseClient(client: PoolClient): void {\n  try {\n    client.release();\n  } catch (err) {\n    console.error("Error releasing client (may already be released):", err);\n  }\n}\n`,
);
write(
  "late/utils.ts",
  `import type { PoolClient } from "pg";\nexport async function safelyReleaseClient(client: PoolClient): Promise<void> {\n  try {\n    await client.query("DISCARD ALL");\n    client.release();\n  } catch (err) {\n    console.error("Error releasing client:", err);\n  }\n}\n`,
);

const at = (dir: string) => path.join(root, dir, "entry.ts");
const code = `import { safelyReleaseClient } from "./utils";\nimport { Pool } from "pg";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  const client = await pool.connect();\n  safelyReleaseClient(client);\n}\n`;

ruleTester.run("no-leaked-client: an imported helper that releases first thing inside a try", rule, {
  valid: [{ name: "the release is the try's first statement, the catch only logs", code, filename: at("first") }],
  invalid: [
    {
      name: "a query that may throw comes before the release, and the catch only logs",
      code,
      filename: at("late"),
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
              output: `import { safelyReleaseClient } from "./utils";\nimport { Pool } from "pg";\nimport { withClient } from "poolguard/runtime";\nconst pool = new Pool();\nexport async function run(sql: string) {\n  await withClient(pool, async (client) => {\n    safelyReleaseClient(client);\n  });\n}\n`,
            },
          ],
        },
      ],
    },
  ],
});
