// A hand-over to a function of another module of the project (Zehelein/pg-transactional-outbox's executeTransaction,
// imported from "./utils", releases its client after COMMIT and in its catch): the module is read once, and only a
// function that releases or stores the parameter on every path of its own takes the client over. One that releases
// only on one branch leaves the client the caller's, reported as before; one that releases only when its own queries
// succeed, awaited, is a release its failure skips (reported at the call, as `await q; client.release()` would be).
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-imported-hand-over-");

// Releases on every path: in its try after COMMIT and in its catch, through a guarded helper of its own module.
write(
  "every/utils.ts",
  `import type { PoolClient } from "pg";\nconst releaseIfPoolClient = (client: PoolClient, error?: Error) => {\n  if ("release" in client) client.release(error);\n};\nexport const executeTransaction = async (client: PoolClient, work: (c: PoolClient) => Promise<void>) => {\n  try {\n    await client.query("BEGIN");\n    await work(client);\n    await client.query("COMMIT");\n    releaseIfPoolClient(client);\n  } catch (err) {\n    const error = err instanceof Error ? err : new Error(String(err));\n    try {\n      await client.query("ROLLBACK");\n    } catch {\n      console.error("rollback failed");\n    }\n    releaseIfPoolClient(client, error);\n    throw error;\n  }\n};\nexport function keep(id: string, client: PoolClient) {\n  held.set(id, client);\n}\nconst held = new Map<string, PoolClient>();\nexport async function finish(client: PoolClient) {\n  try {\n    await client.query("COMMIT");\n  } finally {\n    client.release();\n  }\n}\n`,
);
write(
  "every/utils.cjs",
  `async function finish(client) {\n  try {\n    await client.query("COMMIT");\n  } finally {\n    client.release();\n  }\n}\nmodule.exports = { finish };\n`,
);
// Zehelein's real layout: the guarded release helper lives in a third module, and synchronous calls (an enum check,
// an error wrapper) come before the try and the catch's release.
write(
  "layered/database.ts",
  `import type { PoolClient } from "pg";\nexport const releaseIfPoolClient = (client: PoolClient, err?: Error) => {\n  if (typeof (client as any).release === "function") {\n    (client as PoolClient).release(err);\n  }\n};\n`,
);
write(
  "layered/utils.ts",
  `import type { PoolClient } from "pg";\nimport { releaseIfPoolClient } from "./database";\nimport { ensureError } from "./error";\nexport const executeTransaction = async (client: PoolClient, work: (c: PoolClient) => Promise<void>, level?: string) => {\n  const isolation = Object.values(Levels).includes(level) ? level : undefined;\n  try {\n    await client.query(isolation ? \`START TRANSACTION ISOLATION LEVEL \${isolation}\` : "BEGIN");\n    await work(client);\n    await client.query("COMMIT");\n    releaseIfPoolClient(client);\n  } catch (err) {\n    const error = ensureError(err);\n    try {\n      await client.query("ROLLBACK");\n    } catch (rollbackError) {\n      error.inner = ensureError(rollbackError);\n    }\n    releaseIfPoolClient(client, error);\n    throw error;\n  }\n};\nconst Levels = { Serializable: "SERIALIZABLE" };\n`,
);
// The same names releasing on some paths only: after queries that may throw, or on one branch.
write(
  "some/utils.ts",
  `import type { PoolClient } from "pg";\nexport const executeTransaction = async (client: PoolClient, work: (c: PoolClient) => Promise<void>) => {\n  await client.query("BEGIN");\n  await work(client);\n  await client.query("COMMIT");\n  client.release();\n};\nexport function keep(id: string, client: PoolClient) {\n  if (id) held.set(id, client);\n}\nconst held = new Map<string, PoolClient>();\nexport async function finish(client: PoolClient) {\n  try {\n    await client.query("COMMIT");\n    client.release();\n  } catch (error) {\n    return;\n  }\n}\n`,
);

const at = (dir: string, name = "entry.ts") => path.join(root, dir, name);
const run = (call: string, importLine = `import { executeTransaction, keep, finish } from "./utils";`) =>
  `${importLine}\nimport { Pool } from "pg";\nconst pool = new Pool();\nexport async function run(work: any) {\n  const client = await pool.connect();\n  ${call};\n}\n`;
/** The withClient rewrite the neverReleased report suggests for `run(call)`. */
const rewritten = (call: string) =>
  `import { executeTransaction, keep, finish } from "./utils";\nimport { Pool } from "pg";\nimport { withClient } from "poolguard/runtime";\nconst pool = new Pool();\nexport async function run(work: any) {\n  await withClient(pool, async (client) => {\n    ${call};\n  });\n}\n`;
const neverReleased = (call: string) => [
  {
    messageId: "neverReleased" as const,
    data: { pool: "pool" },
    line: 5,
    column: 24,
    suggestions: [{ messageId: "rewriteWithClient" as const, data: { helper: "withClient" }, output: rewritten(call) }],
  },
];

ruleTester.run("no-leaked-client: hand-over to a function of another module", rule, {
  valid: [
    { name: "released in its try and its catch, through a guarded helper (Zehelein's executeTransaction)", code: run("await executeTransaction(client, work)"), filename: at("every") },
    {
      name: "released through a helper of a third module, after synchronous calls (Zehelein's real utils.ts)",
      code: run("await executeTransaction(client, work)", `import { executeTransaction } from "./utils";`),
      filename: at("layered"),
    },
    { name: "stored in a Map as its first statement", code: run(`keep("a", client)`), filename: at("every") },
    { name: "released in its finally, called on a namespace", code: run("await utils.finish(client)", `import * as utils from "./utils";`), filename: at("every") },
    {
      name: "a CommonJS module's function, destructured from require",
      code: `const { finish } = require("./utils.cjs");\nasync function run(pool) {\n  const client = await pool.connect();\n  await finish(client);\n}\nmodule.exports = { run };\n`,
      filename: at("every", "entry.js"),
    },
  ],
  invalid: [
    {
      // Released on its normal path, after its own queries: a release the call's failure skips (corpus-b3).
      name: "released only after queries that may throw",
      code: run("await executeTransaction(client, work)"),
      filename: at("some"),
      errors: [
        {
          messageId: "notReleasedOnThrow",
          data: { pool: "pool", line: 6 },
          line: 5,
          column: 24,
          suggestions: [{ messageId: "rewriteWithClient", data: { helper: "withClient" }, output: rewritten("await executeTransaction(client, work)") }],
        },
      ],
    },
    { name: "stored on one branch only", code: run(`keep("a", client)`), filename: at("some"), errors: neverReleased(`keep("a", client)`) },
    { name: "its catch returns without the release", code: run("await finish(client)"), filename: at("some"), errors: neverReleased("await finish(client)") },
    { name: "a module that cannot be found", code: run("await finish(client)"), filename: at("missing"), errors: neverReleased("await finish(client)") },
  ],
});
