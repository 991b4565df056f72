// A checkout with no name, put straight into the options object of a call of a local module's function
// (dcSpark/carp's `dexLastPrice({ dbTx: await pool.connect(), … })`). When that function only reads the object's
// properties and passes them on to ordinary calls, nobody releases the client: a leak. When it releases the property,
// keeps the object, or hands the property to a function of its own module, the object is the hand-over it looks like.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-borrowed-options-");

const service = (body: string) =>
  `import type { PoolClient } from "pg";\nimport { prices } from "./queries";\nexport async function lastPrice(request: { dbTx: PoolClient; pairs: string[] }) {\n${body}}\n`;

// Reads the pairs, passes the client on to a query's `run`: borrows the object.
write("reads/service.ts", service(`  if (request.pairs.length === 0) return [];\n  return await prices.run(request.pairs.join(","), request.dbTx);\n`));
// Releases the client it was given.
write("releases/service.ts", service(`  try {\n    return await prices.run(request.pairs.join(","), request.dbTx);\n  } finally {\n    request.dbTx.release();\n  }\n`));
// Puts a property into another object (which might be an options object in turn): not followed.
write("nested/service.ts", service(`  return await prices.run({ pairs: request.pairs, client: request.dbTx });\n`));
// Keeps the whole object.
write("keeps/service.ts", `${service(`  pending.push(request);\n  return [];\n`)}const pending: unknown[] = [];\n`);
// Hands the client to a function of its own module.
write("own/service.ts", `${service(`  return finish(request.dbTx);\n`)}function finish(client: PoolClient) {\n  client.release();\n  return [];\n}\n`);

const at = (dir: string) => path.join(root, dir, "entry.ts");
const code = `import { Pool } from "pg";\nimport { lastPrice } from "./service";\nconst pool = new Pool();\nexport async function handler(pairs: string[]) {\n  return await lastPrice({\n    dbTx: await pool.connect(),\n    pairs,\n  });\n}\n`;

ruleTester.run("no-leaked-client: a checkout put into an imported function's options object", rule, {
  valid: [
    { name: "the function releases the property it was given", code, filename: at("releases") },
    { name: "the function keeps the object", code, filename: at("keeps") },
    { name: "the function hands the property to its own module's function", code, filename: at("own") },
    { name: "the function puts the property into another object", code, filename: at("nested") },
    { name: "a module that cannot be read", code, filename: at("missing") },
  ],
  invalid: [
    {
      name: "the function only reads the object and passes the client on to a query",
      code,
      filename: at("reads"),
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 6, column: 17 }],
    },
  ],
});
