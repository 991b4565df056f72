// A checkout helper of another module called as a statement of its own (vadimpavlovskiy/TS_FULL_NoteApp's start-up
// `connectToDB();`): its client is held by nobody, as with a bare `pool.connect();`, and is reported as never released.
// The module decides, not the name: a helper that releases its own checkout, or hands out the pool, is no checkout;
// a helper's promise that the file keeps is handed over.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-dropped-imported-checkouts-");

write(
  "app/connectToDB.ts",
  `import { Pool } from "pg";\nconst pool = new Pool();\nexport const connectToDB = async () => {\n  try {\n    return await pool.connect();\n  } catch (err) {\n    console.log(err);\n  }\n};\n`,
);
write("app/db.js", `const { Pool } = require("pg");\nconst pool = new Pool();\nmodule.exports = { getClient: () => pool.connect() };\n`);
// A warm-up that gives its client back, and a helper that hands out the pool: no checkout of the caller's.
write(
  "app/warm.ts",
  `import { Pool } from "pg";\nconst pool = new Pool();\nexport async function connectOnce() {\n  const client = await pool.connect();\n  client.release();\n}\nexport function getConnectionPool() {\n  return pool;\n}\n`,
);

const at = (name: string) => path.join(root, "app", name);

ruleTester.run("no-leaked-client: an imported checkout helper called as a statement of its own", rule, {
  valid: [
    {
      name: "an imported helper that releases its own checkout, called at start-up",
      code: `import { connectOnce } from "./warm";\nconnectOnce();\n`,
      filename: at("server.ts"),
    },
    {
      name: "an imported helper that hands out the pool, called as a statement",
      code: `import { getConnectionPool } from "./warm";\ngetConnectionPool();\n`,
      filename: at("server.ts"),
    },
    {
      name: "the helper's promise kept in an export: handed over",
      code: `import { connectToDB } from "./connectToDB";\nexport const ready = connectToDB();\n`,
      filename: at("server.ts"),
    },
  ],
  invalid: [
    {
      name: "called at module level, its client dropped (TS_FULL_NoteApp's app.ts)",
      code: `import express from "express";\nimport { connectToDB } from "./connectToDB";\nexport const app = express();\nconnectToDB();\napp.listen(3000);\n`,
      filename: at("server.ts"),
      errors: [{ messageId: "helperNeverReleased", data: { checkout: "connectToDB()" }, line: 4, column: 1, suggestions: [] }],
    },
    {
      name: "awaited as a statement inside a function, on a whole module",
      code: `const db = require("./db");\nasync function warmUp() {\n  await db.getClient();\n  console.log("ready");\n}\nmodule.exports = { warmUp };\n`,
      filename: at("warmup.js"),
      errors: [{ messageId: "helperNeverReleased", data: { checkout: "db.getClient()" }, line: 3, column: 9, suggestions: [] }],
    },
  ],
});
