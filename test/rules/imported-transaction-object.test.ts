// A project's transaction object in another module (giorgosph/givy-backend's src/db/db.ts): `export const
// transaction = { start, commit, rollback, end }`, where `start` checks a client out (`let client = null; try {
// client = await pool.connect(); await client.query("BEGIN"); return client; } catch …`), `end` releases it at once
// and `commit`/`rollback` release it after their COMMIT/ROLLBACK. Controllers hold `await transaction.start()` and
// give it back only through the object. Read: the object's members as the module's functions under its export name,
// a holder declared empty and assigned one checkout, and an awaited release that comes after the helper's own query
// (the call's failure skips it). For no-use-after-release, `end` gives the client back on every path, so its call is
// a release: a second one releases twice, and a use after it uses a client the pool may have handed on; not so a
// module function that swallows pg's refusal of a second release (blockfrost-backend-ryo's gracefulRelease) or that
// may keep the client instead (a hand-over). Each invalid case sits next to its valid twin.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import afterRelease from "../../rules/no-use-after-release.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-imported-transaction-object-");

const helpers = (start: string) =>
  `import { Pool, PoolClient } from "pg";\nconst pool = new Pool();\n${start}\nconst endTransaction = async (client: PoolClient) => {\n  await client.release();\n};\nconst commitTransaction = async (client: PoolClient) => {\n  await client.query("COMMIT");\n  await endTransaction(client);\n};\nconst rollbackTransaction = async (client: PoolClient) => {\n  await client.query("ROLLBACK");\n  await endTransaction(client);\n};\nexport const transaction = { start: startTransaction, commit: commitTransaction, rollback: rollbackTransaction, end: endTransaction };\n`;

// givy-backend's start: the holder is declared empty and assigned the checkout inside the try.
const HELD_START = `const startTransaction = async () => {\n  let client: PoolClient | null = null;\n  try {\n    client = await pool.connect();\n    await client.query("BEGIN");\n    return client;\n  } catch (error) {\n    if (client) client.release();\n    throw error;\n  }\n};`;
write("held/db.ts", helpers(HELD_START));
// `end` swallows pg's refusal of a second release: made to be called twice.
write(
  "graceful/db.ts",
  `import { Pool, PoolClient } from "pg";\nconst pool = new Pool();\n${HELD_START}\nconst endTransaction = (client: PoolClient) => {\n  try {\n    client.release();\n  } catch (error) {\n    console.warn(error);\n  }\n};\nexport const transaction = { start: startTransaction, end: endTransaction };\n`,
);
// `end` may keep the client for later instead of giving it back: a hand-over.
write(
  "keeping/db.ts",
  `import { Pool, PoolClient } from "pg";\nconst pool = new Pool();\nconst idle: PoolClient[] = [];\n${HELD_START}\nconst endTransaction = (client: PoolClient, keep: boolean) => {\n  if (keep) idle.push(client);\n  else client.release();\n};\nexport const transaction = { start: startTransaction, end: endTransaction };\n`,
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
      name: "a file that says no client word, ended in a finally",
      code: controller(`  try {\n    const user = await User.find(req.params.id, client);\n    if (!user) return res.status(404).end();\n    res.json(user);\n  } finally {\n    await transaction.end(client);\n  }\n`),
      filename: at("held"),
    },
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
      name: "a file that says no client word: the path that finds the user never ends it (givy-backend's getUserDetails)",
      code: controller(`  const user = await User.find(req.params.id, client);\n  if (!user) {\n    await transaction.end(client);\n    return res.status(404).end();\n  }\n  res.json(user);\n`),
      filename: at("held"),
      errors: [{ messageId: "helperNotReleasedOnAllPaths", line: 4, column: 24, suggestions: [] }],
    },
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

ruleTester.run("no-use-after-release: a transaction object of another module", afterRelease, {
  valid: [
    {
      name: "ended once, in the finally",
      code: controller(`  try {\n    await client.query("SELECT 1");\n  } finally {\n    await transaction.end(client);\n  }\n`),
      filename: at("held"),
    },
    {
      name: "an end that swallows a second release, called in the try and again in the catch",
      code: controller(`  try {\n    await client.query("SELECT 1");\n    await transaction.end(client);\n    await sign(req);\n  } catch (err) {\n    await transaction.end(client);\n  }\n`),
      filename: at("graceful"),
    },
    {
      name: "an end that may keep the client hands it over",
      code: controller(`  await transaction.end(client, req.keep);\n  await client.query("SELECT 1");\n`),
      filename: at("keeping"),
    },
  ],
  invalid: [
    {
      name: "ended in the try and again in the catch (givy-backend's getCurrentDraws)",
      code: controller(`  try {\n    await client.query("SELECT 1");\n    await transaction.end(client);\n    await sign(req);\n  } catch (err) {\n    await transaction.end(client);\n  }\n`),
      filename: at("held"),
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 7 }, line: 10, column: 27 }],
    },
    {
      name: "a file that says no client word, ended in the try and again in the catch",
      code: controller(`  try {\n    await User.find(req.params.id, client);\n    await transaction.end(client);\n    await sign(req);\n  } catch (err) {\n    await transaction.end(client);\n  }\n`),
      filename: at("held"),
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 7 }, line: 10, column: 27 }],
    },
    {
      name: "used after the end",
      code: controller(`  await transaction.end(client);\n  await client.query("SELECT 1");\n`),
      filename: at("held"),
      errors: [{ messageId: "useAfterRelease", data: { client: "client", line: 5 }, line: 6, column: 9 }],
    },
    {
      name: "commit gives the client back, then the finally ends it again",
      code: controller(`  try {\n    await User.find(req.params.id, client);\n    await transaction.commit(client);\n  } finally {\n    await transaction.end(client);\n  }\n`),
      filename: at("held"),
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 7 }, line: 9, column: 27 }],
    },
  ],
});
