// A release helper of the file that takes its client as `unknown` and checks it before releasing:
// `if (typeof client === "object" && client !== null && typeof client.release === "function") client.release()`
// (Eniola3321/Revora-Backend's safeRelease). `typeof c === "object"` holds for every pool client, so the branch where it
// fails holds none: the helper releases on every path, and its call in a finally gives the client back. The test read
// the other way round (`!== "object"`) releases nothing a pool hands out. The same helper imported from a local module
// is read structurally (released-parameters.ts): an `&&` of tests each true of every client is one too.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const withHelper = (guard: string) => `import { Pool } from "pg";

function safeRelease(client: unknown): void {
  if (${guard}) {
    ((client as { release: () => void }).release)();
  }
}

export class Migrations {
  constructor(private pool: Pool) {}

  async applied(): Promise<string[]> {
    const client = await this.pool.connect();
    try {
      const result = await client.query("SELECT version FROM schema_version");
      return result.rows.map((row) => row.version);
    } finally {
      safeRelease(client);
    }
  }
}`;

const FULL_GUARD = `typeof client === "object" && client !== null && typeof (client as { release?: unknown }).release === "function"`;

ruleTester.run("no-leaked-client: a release helper guarded by typeof === \"object\"", rule, {
  valid: [
    { name: "typeof === object, not null, release is a function", code: withHelper(FULL_GUARD) },
    { name: "typeof == object alone", code: withHelper(`typeof client == "object"`) },
    { name: "the test written the other way round: \"object\" === typeof", code: withHelper(`"object" === typeof client && client !== null`) },
  ],
  invalid: [
    {
      name: "typeof !== object: the release never runs for a pool client",
      code: withHelper(`typeof client !== "object"`),
      errors: [{ messageId: "notHandedOverOnThrow", data: { pool: "this.pool", line: 15 }, line: 13, column: 26, suggestions: [] }],
    },
    {
      name: "typeof === string: not a test every client passes",
      code: withHelper(`typeof client === "string"`),
      errors: [{ messageId: "notHandedOverOnThrow", data: { pool: "this.pool", line: 15 }, line: 13, column: 26, suggestions: [] }],
    },
  ],
});

const { root, write } = scratchModules("poolguard-object-typed-release-guard-");
const helperModule = (guard: string) =>
  `export function safeRelease(client: unknown): void {\n  if (${guard}) {\n    ((client as { release: () => void }).release)();\n  }\n}\n`;
write("full/release.ts", helperModule(FULL_GUARD));
write("inverted/release.ts", helperModule(`typeof client !== "object" && client !== null`));
write("function/release.ts", helperModule(`typeof client === "function"`));

const importing = `import { Pool } from "pg";
import { safeRelease } from "./release";
const pool = new Pool();
export async function versions() {
  const client = await pool.connect();
  try {
    return (await client.query("SELECT version FROM schema_version")).rows;
  } finally {
    safeRelease(client);
  }
}
`;
const at = (dir: string) => path.join(root, dir, "entry.ts");
const notReleased = {
  messageId: "neverReleased" as const,
  data: { pool: "pool" },
  line: 5,
  column: 24,
  suggestions: [
    {
      messageId: "rewriteWithClient" as const,
      data: { helper: "withClient" },
      output: `import { Pool } from "pg";
import { safeRelease } from "./release";
import { withClient } from "poolguard/runtime";
const pool = new Pool();
export async function versions() {
  return await withClient(pool, async (client) => {
    try {
      return (await client.query("SELECT version FROM schema_version")).rows;
    } finally {
      safeRelease(client);
    }
  });
}
`,
    },
  ],
};

ruleTester.run("no-leaked-client: an imported release helper guarded by typeof === \"object\"", rule, {
  valid: [{ name: "typeof === object && not null && release is a function, in another module", code: importing, filename: at("full") }],
  invalid: [
    { name: "typeof !== object in another module: no client passes it", code: importing, filename: at("inverted"), errors: [notReleased] },
    { name: "typeof === function in another module: a client is not a function", code: importing, filename: at("function"), errors: [notReleased] },
  ],
});
