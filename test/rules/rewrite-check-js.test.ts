// A JavaScript file that TypeScript type-checks because its project says `"checkJs": true` (the nearest jsconfig.json
// or tsconfig.json, or a config it extends), not only by `// @ts-check` at its top: the rewrite's type-checked
// refusals apply to it (here: `rows`, assigned in the body and read after it, has no declared type to carry out of
// the callback — `let rows;` evolves its type, which TypeScript does not follow into a closure). Before, only
// `// @ts-check` counted, and a checkJs project got the fixes made for unchecked JavaScript. `// @ts-nocheck` turns
// it off again. Twin: a project whose config does not set checkJs gets the fix.
import path from "node:path";
import preferWithClient from "../../rules/prefer-with-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-check-js-");
write("checked/jsconfig.json", `{ "compilerOptions": { "checkJs": true, }, }\n`);
write("inherited/base.json", `{ "compilerOptions": { "allowJs": true, "checkJs": true } }\n`);
write("inherited/app/tsconfig.json", `{ "extends": "../base.json", "compilerOptions": { "strict": true } }\n`);
// Its own `"checkJs": false` wins over the base it extends, as TypeScript has it (review-b: no test held it).
write("override/base.json", `{ "compilerOptions": { "allowJs": true, "checkJs": true } }\n`);
write("override/app/tsconfig.json", `{ "extends": "../base.json", "compilerOptions": { "checkJs": false } }\n`);
write("plain/jsconfig.json", `{ "compilerOptions": { "checkJs": false } }\n`);

const REASON = "the body assigns `rows`, which is read after the block and has no declared type to carry it out";

const list = (head = "") => `${head}import pg from "pg";
const pool = new pg.Pool();
export async function list() {
  let rows;
  const client = await pool.connect();
  try {
    rows = (await client.query("SELECT 1")).rows;
  } finally {
    client.release();
  }
  return rows;
}`;

const fixedList = (head = "") => `${head}import pg from "pg";
import { withClient } from "poolguard/runtime";
const pool = new pg.Pool();
export async function list() {
  let rows;
  rows = await withClient(pool, async (client) => {
    rows = (await client.query("SELECT 1")).rows;
    return rows;
  });
  return rows;
}`;

const refused = (filename: string, head = "") => ({
  code: list(head),
  filename,
  output: null,
  errors: [
    {
      messageId: "preferWithClientNoFix" as const,
      line: head ? 6 : 5,
      column: 3,
      data: { client: "client", pool: "pool", helper: "withClient", reason: REASON },
    },
  ],
});

const fixed = (filename: string, head = "") => ({
  code: list(head),
  filename,
  output: fixedList(head),
  errors: [{ messageId: "preferWithClient" as const, line: head ? 6 : 5, column: 3 }],
});

ruleTester.run("prefer-with-client: JavaScript checked by its project's checkJs", preferWithClient, {
  valid: [],
  invalid: [
    refused(path.join(root, "checked", "src", "list.js")),
    refused(path.join(root, "inherited", "app", "list.mjs")),
    refused(path.join(root, "plain", "list.js"), "// @ts-check\n"),
    fixed(path.join(root, "checked", "src", "off.js"), "// @ts-nocheck\n"),
    fixed(path.join(root, "plain", "list.js")),
    fixed(path.join(root, "override", "app", "list.js")),
  ],
});
