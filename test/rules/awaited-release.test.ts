// `await client.release()` (YuriChlek/veles, electric-sql's write-patterns example): release() returns undefined, so
// awaiting it cannot reject. It is no throw point after the release, so a `catch` that releases is not reached from
// there (no double release).
import noUseAfterRelease from "../../rules/no-use-after-release.js";
import { ruleTester } from "../support/rule-tester.js";

ruleTester.run("no-use-after-release: an awaited release cannot throw into the catch", noUseAfterRelease, {
  valid: [
    {
      name: "awaited release before the return in the try, release in the catch",
      code: `async function hasTable(pool, name) {\n  const client = await pool.connect();\n  try {\n    const res = await client.query("SELECT 1 FROM t WHERE n = $1", [name]);\n    await client.release();\n    return res.rowCount > 0;\n  } catch (error) {\n    console.error(error);\n    await client.release();\n    return false;\n  }\n}`,
    },
    {
      name: "awaited release in each branch of the try",
      code: `async function check(pool, flag) {\n  const client = await pool.connect();\n  try {\n    if (flag) {\n      await client.release();\n      return false;\n    }\n    const res = await client.query("SELECT 1");\n    await client.release();\n    return res.rowCount === 1;\n  } catch (error) {\n    await client.release();\n    return false;\n  }\n}`,
    },
  ],
  invalid: [
    {
      name: "work that can throw after the awaited release still reaches the catch's release",
      code: `async function hasTable(pool, name, audit) {\n  const client = await pool.connect();\n  try {\n    const res = await client.query("SELECT 1 FROM t WHERE n = $1", [name]);\n    await client.release();\n    await audit(name);\n    return res.rowCount > 0;\n  } catch (error) {\n    console.error(error);\n    await client.release();\n    return false;\n  }\n}`,
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 5 }, line: 10, column: 11 }],
    },
  ],
});

