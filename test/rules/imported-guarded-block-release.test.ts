// A transaction helper of another module whose release sits in a block guarded by a test every pool client passes:
// emangor/boilerplate-typescript-express-postgres's `rollback(client)`, `if (typeof client !== "undefined" && client)
// { try { await client.query("ROLLBACK"); } … finally { client.release(); } } else { logger.warn(…) }`. A path holding
// a client always takes that block, never the `else`, so the helper gives the client back on every path. A guard on
// something else about the client (`if (client.inTransaction) { … }`) may skip the block with the client in hand,
// and a block that awaits before a release outside any `try` may leave first. Twins of the two guards (review-b):
// `typeof client !== "object"` holds for no client (only `"undefined"` is a client's test), and a guarded block that
// may `return` without releasing does not let a release after it count.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-imported-guarded-block-release-");

const commit = `export const commit = async (client: PoolClient): Promise<void> => {\n  try {\n    await client.query("COMMIT");\n  } finally {\n    client.release();\n  }\n};\n`;
const helpers = (rollback: string) => `import type { PoolClient } from "pg";\n${commit}export const rollback = async (client: PoolClient): Promise<void> => {\n${rollback}};\n`;
const guarded = (test: string, otherwise = "") =>
  helpers(`  if (${test}) {\n    try {\n      await client.query("ROLLBACK");\n    } catch (error) {\n      throw new Error(String(error));\n    } finally {\n      client.release();\n    }\n  }${otherwise}\n`);
write("typeof/database.ts", guarded(`typeof client !== "undefined" && client`, ` else {\n    console.warn("rollback() not executed: client is not set");\n  }`));
write("truthy/database.ts", guarded("client"));
write("property/database.ts", guarded("(client as any).inTransaction"));
write("typeof-object/database.ts", guarded(`typeof client !== "object"`));
write("leaves-first/database.ts", helpers(`  if (client) {\n    if ((client as any).released) return;\n  }\n  client.release();\n`));
write("await-first/database.ts", helpers(`  if (client) {\n    await client.query("ROLLBACK");\n    client.release();\n  }\n`));

const at = (dir: string) => path.join(root, dir, "entry.ts");
const code = `import { commit, rollback } from "./database";\nimport { Pool } from "pg";\nconst pool = new Pool();\nexport async function sample(sql: string) {\n  const client = await pool.connect();\n  try {\n    await client.query(sql);\n    await commit(client);\n    return "done";\n  } catch (error) {\n    await rollback(client);\n    throw error;\n  }\n}\n`;
const rewritten = `import { commit, rollback } from "./database";\nimport { Pool } from "pg";\nimport { withClient } from "poolguard/runtime";\nconst pool = new Pool();\nexport async function sample(sql: string) {\n  return await withClient(pool, async (client) => {\n    try {\n      await client.query(sql);\n      await commit(client);\n      return "done";\n    } catch (error) {\n      await rollback(client);\n      throw error;\n    }\n  });\n}\n`;
// The query before the `try` block's commit throws into a catch whose rollback is no release (a property guard).
const suggestions = [{ messageId: "rewriteWithClient" as const, data: { helper: "withClient" }, output: rewritten }];
const unreleased = { messageId: "notReleasedOnThrow" as const, data: { pool: "pool", line: "7" }, line: 5, column: 24, suggestions };
// The rollback is a release its own failed ROLLBACK skips (releasedAfterWork): reported at that call.
const skipped = {
  messageId: "notReleasedOnThrow" as const,
  data: { pool: "pool", line: "11" },
  line: 5,
  column: 24,
  suggestions,
};

ruleTester.run("no-leaked-client: an imported helper that releases inside a block every client enters", rule, {
  valid: [
    { name: "emangor's rollback: `if (typeof client !== \"undefined\" && client) { try … finally } else { warn }`", code, filename: at("typeof") },
    { name: "`if (client) { try … finally }` with no else", code, filename: at("truthy") },
  ],
  invalid: [
    { name: "a guard on a property of the client may skip the block with the client held", code, filename: at("property"), errors: [unreleased] },
    { name: "`typeof client !== \"object\"` holds for no client: the block is no release", code, filename: at("typeof-object"), errors: [unreleased] },
    { name: "a guarded block that may return before the release after it: no release", code, filename: at("leaves-first"), errors: [unreleased] },
    { name: "a ROLLBACK awaited before the release outside any try may leave first", code, filename: at("await-first"), errors: [skipped] },
  ],
});
