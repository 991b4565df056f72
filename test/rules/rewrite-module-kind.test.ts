// rewrite-34: a JavaScript file whose own text shows no module system (no `import`/`export`, no `require`, no
// `module.exports`) loads as its place says — `.cjs` CommonJS, `.mjs` an ES module, `.js` by the nearest
// package.json's `type`. Before, such a file always got `import { withClient } from "poolguard/runtime"`, and in a
// CommonJS package the fixed file no longer loaded under node ("Cannot use import statement outside a module"). Now
// it gets the `require` form there; a package.json that cannot be read leaves the fix refused. The fixed outputs are
// loaded by node in a child process (a package with a stub poolguard/runtime) and run against a stub pool.
import * as tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import rule from "../../rules/prefer-with-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-module-kind-");
write("commonjs/package.json", `{ "name": "app" }\n`);
write("typed-commonjs/package.json", `{ "name": "app", "type": "commonjs" }\n`);
write("esm/package.json", `{ "name": "app", "type": "module" }\n`);
write("broken/package.json", `{ "name": "app", \n`);

// A script that reaches its pool through a global and hands its function out the same way: nothing in it says
// whether it is CommonJS or an ES module. `typeof __filename` says which node made of it: node 20.19+ re-reads a
// `.js` file of a package without `type` as an ES module when it meets an `import` (so the import "loaded" there, as
// a different kind of module, strict and without `__filename`), and throws on it in a `"type": "commonjs"` package.
const SCRIPT = `async function load(pool) {
  const client = await pool.connect();
  try {
    const { rows } = await client.query("SELECT 1");
    return rows;
  } finally {
    client.release();
  }
}
globalThis.load = load;
globalThis.kind = typeof __filename;
`;
const BODY = `async function load(pool) {
  return await withClient(pool, async (client) => {
    const { rows } = await client.query("SELECT 1");
    return rows;
  });
}
globalThis.load = load;
globalThis.kind = typeof __filename;
`;
const REQUIRED = `const { withClient } = require("poolguard/runtime");\n${BODY}`;
const IMPORTED = `import { withClient } from "poolguard/runtime";\n${BODY}`;
const at = (file: string) => path.join(root, file);
const ERROR = [{ messageId: "preferWithClient" as const, line: 2, column: 3 }];

ruleTester.run("prefer-with-client (module kind of a file with no module syntax)", rule, {
  valid: [],
  invalid: [
    // A package.json without `type`, or with "commonjs": CommonJS — the require form (failed before: an import).
    { code: SCRIPT, filename: at("commonjs/db.js"), output: REQUIRED, errors: ERROR },
    { code: SCRIPT, filename: at("typed-commonjs/lib/db.js"), output: REQUIRED, errors: ERROR },
    // `.cjs` is CommonJS whatever the package says (failed before).
    { code: SCRIPT, filename: at("esm/db.cjs"), output: REQUIRED, errors: ERROR },
    // An ES module package, or `.mjs`: the import, as before.
    { code: SCRIPT, filename: at("esm/db.js"), output: IMPORTED, errors: ERROR },
    { code: SCRIPT, filename: at("commonjs/db.mjs"), output: IMPORTED, errors: ERROR },
    // TypeScript is compiled: the import, whatever the package says.
    { code: SCRIPT, filename: at("commonjs/db.ts"), output: IMPORTED, errors: ERROR },
    // The file's own syntax still wins: an `export` in a CommonJS package's .js file is an ES module to whoever
    // bundles or loads it, and gets the import (unchanged).
    {
      code: `export ${SCRIPT}`,
      filename: at("commonjs/exported.js"),
      output: `import { withClient } from "poolguard/runtime";\nexport ${BODY}`,
      errors: ERROR,
    },
    // A package.json that does not parse: node would not load the file either way; no guess.
    {
      code: SCRIPT,
      filename: at("broken/db.js"),
      output: null,
      errors: [
        {
          messageId: "preferWithClientNoFix",
          line: 2,
          column: 3,
          data: {
            client: "client",
            pool: "pool",
            helper: "withClient",
            reason:
              "the file shows no `import` or `require` and its package.json cannot be read: an `import` would not load in CommonJS, a `require` not in an ES module",
          },
        },
      ],
    },
  ],
});

const config = [
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { parser: tsParser },
    plugins: { poolguard: { rules: { "prefer-with-client": rule } } },
    rules: { "poolguard/prefer-with-client": "error" },
  },
] as unknown as Linter.Config[];

// A stub of poolguard/runtime for both module systems: withClient as the real one sequences it.
const RUNTIME = `async function withClient(pool, fn) {
  const client = await pool.connect();
  try {
    return await fn(client);
  } finally {
    client.release();
  }
}`;
for (const dir of ["commonjs", "typed-commonjs", "esm"]) {
  write(
    `${dir}/node_modules/poolguard/package.json`,
    JSON.stringify({ name: "poolguard", exports: { "./runtime": { import: "./runtime.mjs", require: "./runtime.cjs" } } }),
  );
  write(`${dir}/node_modules/poolguard/runtime.cjs`, `${RUNTIME}\nmodule.exports = { withClient };\n`);
  write(`${dir}/node_modules/poolguard/runtime.mjs`, `export ${RUNTIME}\n`);
}

/** Loads `file` under node (require for CommonJS, import() otherwise) and runs its `load` on a stub pool. */
function runUnderNode(file: string): string {
  const driver = `
const pool = { released: 0, connect: async () => ({ query: async () => ({ rows: [{ one: 1 }] }), release: () => { pool.released += 1; } }) };
(async () => {
  ${/\.mjs$/.test(file) || file.startsWith(at("esm")) ? `await import(${JSON.stringify(file)});` : `require(${JSON.stringify(file)});`}
  const rows = await globalThis.load(pool);
  console.log(JSON.stringify({ rows, released: pool.released, kind: globalThis.kind }));
})().catch((error) => { console.log(String(error)); process.exitCode = 1; });`;
  // A file, not `node -e`: eval code makes `__filename` a global, which an ES module would then see.
  const driverFile = `${file}.driver.cjs`;
  writeFileSync(driverFile, driver);
  return execFileSync(process.execPath, [driverFile], { cwd: path.dirname(file), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

describe("the fixed file loads under node", () => {
  const linter = new Linter({ configType: "flat", cwd: root });
  it.each([
    ["commonjs/db.js", "string"],
    ["typed-commonjs/db.js", "string"],
    ["commonjs/db.cjs", "string"],
    ["esm/db.cjs", "string"],
    ["esm/db.js", "undefined"],
    ["commonjs/db.mjs", "undefined"],
  ])("%s", (name, kind) => {
    const file = at(name);
    const fixed = linter.verifyAndFix(SCRIPT, config, { filename: file });
    expect(fixed.fixed).toBe(true);
    write(name, fixed.output);
    expect(runUnderNode(file)).toBe(JSON.stringify({ rows: [{ one: 1 }], released: 1, kind }));
  });
});
