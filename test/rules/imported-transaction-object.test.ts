// A project's transaction object in another module (giorgosph/givy-backend's src/db/db.ts): `export const
// transaction = { start, commit, rollback, end }`, where `start` checks a client out (`let client = null; try {
// client = await pool.connect(); await client.query("BEGIN"); return client; } catch …`), `end` releases it at once
// and `commit`/`rollback` release it after their COMMIT/ROLLBACK. Controllers hold `await transaction.start()` and
// give it back only through the object. Read: the object's members as the module's functions under its export name,
// a holder declared empty and assigned one checkout, and an awaited release that comes after the helper's own query
// (the call's failure skips it). Each invalid case sits next to its valid twin.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-imported-transaction-object-");

const helpers = (start: string) =>
  `import { Pool, PoolClient } from "pg";\nconst pool = new Pool();\n${start}\nconst endTransaction = async (client: PoolClient) => {\n  await client.release();\n};\nconst commitTransaction = async (client: PoolClient) => {\n  await client.query("COMMIT");\n  await endTransaction(client);\n};\nconst rollbackTransaction = async (client: PoolClient) => {\n  await client.query("ROLLBACK");\n  await endTransaction(client);\n};\nexport const transaction = { start: startTransaction, commit: commitTransaction, rollback: rollbackTransaction, end: endTransaction };\n`;

// givy-backend's start: the holder is declared empty and assigned the checkout inside the try.
write(
  "held/db.ts",
  helpers(
    `const startTransaction = async () => {\n  let client: PoolClient | null = null;\n  try {\n    client = await pool.connect();\n    await client.query("BEGIN");\n    return client;\n  } catch (error) {\n    if (client) client.release();\n    throw error;\n  }\n};`,
  ),
);
// The same name assigned twice: the value returned is not one checkout.
write(
  "reassigned/db.ts",
  helpers(
    `const startTransaction = async () => {\n  let client: PoolClient | null = null;\n  client = await pool.connect();\n  if (!client) client = shared;\n  return client;\n};\nconst shared = {} as PoolClient;`,
  ),
);

const at = (dir: string) => path.join(root, dir, "entry.ts");
const controller = (body: string) =>
  `import { transaction } from "./db";\nimport { User } from "@/models";\nexport async function handler(req: any, res: any) {\n  const client = await transaction.start();\n${body}}\n`;

ruleTester.run("no-leaked-client: a transaction object of another module", rule, {
  valid: [
    {
      name: "ended in a finally",
      code: controller(`  try {\n    const user = await User.find(req.params.id, client);\n    if (!user) return res.status(404).end();\n    await transaction.commit(client);\n  } finally {\n    await transaction.end(client);\n  }\n`),
      filename: at("held"),
    },
    {
      name: "a start that may return another value is no checkout",
      code: controller(`  const user = await User.find(req.params.id, client);\n  if (!user) return res.status(404).end();\n  await transaction.rollback(client);\n`),
      filename: at("reassigned"),
    },
    {
      name: "the catch ends the client at once",
      code: controller(`  try {\n    await User.find(req.params.id, client);\n    await transaction.commit(client);\n  } catch (err) {\n    await transaction.end(client);\n    res.status(500).end();\n  }\n`),
      filename: at("held"),
    },
  ],
  invalid: [
    {
      name: "an early return inside the try skips every end (givy-backend's editContactDetails)",
      code: controller(`  try {\n    const user = await User.find(req.params.id, client);\n    if (!user) return res.status(404).end();\n    await transaction.end(client);\n  } catch (err) {\n    await transaction.rollback(client);\n  }\n`),
      filename: at("held"),
      errors: [{ messageId: "helperEarlyExit", line: 4, column: 24, suggestions: [] }],
    },
    {
      name: "the catch's release comes after the rollback helper's ROLLBACK (givy-backend's register)",
      code: controller(`  try {\n    await User.find(req.params.id, client);\n    await transaction.commit(client);\n  } catch (err) {\n    await transaction.rollback(client);\n    res.status(500).end();\n  }\n`),
      filename: at("held"),
      errors: [{ messageId: "helperNotReleasedOnThrow", line: 4, column: 24, suggestions: [] }],
    },
  ],
});
