// A function that releases the client and that the code holding it only ever calls itself gives the client back
// where it is called, not where it is declared (CristianTapia/M7-ABPRO_4: a CLI module checks a client out at load,
// and only the "insertar" command's function releases it). A function passed on, exported or called from elsewhere
// may run at any time and still takes the client over where it is declared. Each invalid case sits next to the valid
// twin it differs from.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** A module holding a client from load (line 3), its releasing function, then `tail` from line 11. */
const moduleClient = (tail: string) => `import { Pool } from "pg";
const pool = new Pool();
const client = await pool.connect();
async function insert(text) {
  try {
    await client.query(text);
  } finally {
    client.release();
  }
}
${tail}`;

ruleTester.run("no-leaked-client: a releasing function called by the code that holds the client", rule, {
  valid: [
    { name: "called on every path", code: moduleClient(`insert(process.argv[2]);\n`) },
    { name: "called in both branches", code: moduleClient(`if (process.argv[2]) insert(process.argv[2]);\nelse insert("DEFAULT");\n`) },
    { name: "also registered as a listener: it may run at any time", code: moduleClient(`process.on("exit", insert);\nif (process.argv[2]) insert(process.argv[2]);\n`) },
    { name: "exported: another module may call it", code: moduleClient(`export { insert };\nif (process.argv[2]) insert(process.argv[2]);\n`) },
    {
      name: "called from another function of the module",
      code: moduleClient(`function run() {\n  insert(process.argv[2]);\n}\nif (process.argv[2]) run();\n`),
    },
  ],
  invalid: [
    {
      name: "called for one command only (CristianTapia/M7-ABPRO_4)",
      code: moduleClient(`if (process.argv[2] == "insertar") {\n  insert(process.argv[3]);\n}\n`),
      errors: [{ messageId: "notReleasedOnAllPaths", data: { pool: "pool", line: 14 }, line: 3, column: 22, suggestions: [] }],
    },
    {
      name: "inside a function: a const arrow called in one branch",
      code: `async function main(pool, args) {\n  const client = await pool.connect();\n  const insert = async (text) => {\n    try {\n      await client.query(text);\n    } finally {\n      client.release();\n    }\n  };\n  if (args.length > 0) await insert(args[0]);\n}\n`,
      errors: [{ messageId: "notReleasedOnAllPaths", data: { pool: "pool", line: 11 }, line: 2, column: 24, suggestions: [] }],
    },
  ],
});
