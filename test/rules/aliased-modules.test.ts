// The project's own modules named through a tsconfig `paths` alias (Sundaram-Katare/Quiz-Gen-AI's `import { getClient }
// from "@/lib/db"`, Next.js's `"@/*": ["./*"]`): read like a relative import, for a checkout helper as for a pool. The
// nearest tsconfig.json or jsconfig.json says which specifiers are aliases (comments, trailing commas and a relative
// `extends` allowed; a string's text is never read as either); without one, `@/lib/db` is a package's like any
// other, and the rules stay silent as before.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-aliased-modules-");

const DB = `import { Pool } from "pg";\nexport const pool = new Pool();\nexport async function getClient() {\n  return await pool.connect();\n}\n`;
// Next.js's root alias, written the way tsconfig allows: a comment and trailing commas.
write("next/tsconfig.json", `{\n  "compilerOptions": {\n    // the project root\n    "paths": { "@/*": ["./*"], },\n  },\n}\n`);
write("next/lib/db.ts", DB);
write("next/lib/conn.js", `import pg from "pg";\nconst db = new pg.Pool();\nexport default db;\n`);
// A base config, extended, whose paths are relative to its baseUrl.
write("monorepo/tsconfig.base.json", `{ "compilerOptions": { "baseUrl": "./src", "paths": { "~/*": ["*"] } } }\n`);
write("monorepo/tsconfig.json", `{ "extends": "./tsconfig.base.json", "compilerOptions": { "strict": true } }\n`);
write("monorepo/src/db.ts", `import { Pool } from "pg";\nconst pool = new Pool();\nexport const getConnection = () => pool.connect();\n`);
// The same module with no config declaring the alias: `@/lib/db` names a package.
write("plain/lib/db.ts", DB);
// A config that does not parse declares no alias.
write("broken/tsconfig.json", `{ "compilerOptions": { "paths": { "@/*": ["./*"] } `);
write("broken/lib/db.ts", DB);
// An alias to a module whose helper hands out the pool, not a checkout.
write("other/jsconfig.json", `{ "compilerOptions": { "paths": { "@/*": ["./*"] } } }\n`);
write("other/lib/db.js", `import { Pool } from "pg";\nconst pool = new Pool();\nexport async function getClient() {\n  return pool;\n}\n`);

// A target whose directory name holds `,]`: a string's text, not a trailing comma.
write("odd/tsconfig.json", `{ "compilerOptions": { "paths": { "@/*": ["./src,]/*"] } } }\n`);
write("odd/src,]/lib/db.ts", DB);

// An alias into node_modules (a vendored package, or types for `pg` itself) names a package's files, not the project's.
write("vendored/tsconfig.json", `{ "compilerOptions": { "paths": { "@db": ["./node_modules/db-helpers/index.js"] } } }\n`);
write("vendored/node_modules/db-helpers/index.js", DB.replace(": string", ""));

const at = (dir: string, name: string) => path.join(root, dir, name);
const ROUTE = (source: string, body: string) =>
  `import { getClient } from "${source}";\nexport async function GET(id: string) {\n  const client = await getClient();\n${body}}\n`;
const RELEASED_AFTER_QUERY = `  const { rows } = await client.query("SELECT * FROM t WHERE id = $1", [id]);\n  client.release();\n  return rows;\n`;

ruleTester.run("no-leaked-client: a project module named through a tsconfig paths alias", rule, {
  valid: [
    {
      name: "the aliased helper's client released in a finally",
      code: ROUTE("@/lib/db", `  try {\n    return (await client.query("SELECT * FROM t WHERE id = $1", [id])).rows;\n  } finally {\n    client.release();\n  }\n`),
      filename: at("next", "route.ts"),
    },
    {
      name: "no config declares `@/*`: the specifier names a package, whose function is no known checkout",
      code: ROUTE("@/lib/db", RELEASED_AFTER_QUERY),
      filename: at("plain", "route.ts"),
    },
    {
      name: "a tsconfig.json that does not parse declares no alias",
      code: ROUTE("@/lib/db", RELEASED_AFTER_QUERY),
      filename: at("broken", "route.ts"),
    },
    {
      name: "the aliased module's helper returns the pool, not a checkout",
      code: ROUTE("@/lib/db", RELEASED_AFTER_QUERY).replace("(id: string)", "(id)"),
      filename: at("other", "route.js"),
    },
    {
      name: "the helper of an alias whose target directory holds `,]`, its client released in a finally",
      code: ROUTE("@/lib/db", `  try {\n    return (await client.query("SELECT * FROM t WHERE id = $1", [id])).rows;\n  } finally {\n    client.release();\n  }\n`),
      filename: at("odd", "route.ts"),
    },
    {
      name: "an alias into node_modules names a package's module, whose function is no known checkout",
      code: ROUTE("@db", RELEASED_AFTER_QUERY),
      filename: at("vendored", "route.ts"),
    },
  ],
  invalid: [
    {
      name: "the aliased helper's client released after a query that may throw (Quiz-Gen-AI's quiz route)",
      code: ROUTE("@/lib/db", RELEASED_AFTER_QUERY),
      filename: at("next", "route.ts"),
      errors: [{ messageId: "helperNotReleasedOnThrow", line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "the helper of an alias whose target directory holds `,]` (a string's text, not a trailing comma)",
      code: ROUTE("@/lib/db", RELEASED_AFTER_QUERY),
      filename: at("odd", "route.ts"),
      errors: [{ messageId: "helperNotReleasedOnThrow", line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "an alias of an extended config, relative to its baseUrl",
      code: `import { getConnection } from "~/db";\nexport async function list() {\n  const client = await getConnection();\n  const { rows } = await client.query("SELECT * FROM t");\n  return rows;\n}\n`,
      filename: at("monorepo", path.join("app", "entry.ts")),
      errors: [{ messageId: "helperNeverReleased", line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "a pool that an aliased module exports by default, whatever its name",
      code: `import db from "@/lib/conn";\nexport async function load() {\n  const client = await db.connect();\n  return (await client.query("SELECT 1")).rows;\n}\n`,
      filename: at("next", "load.js"),
      errors: [
        {
          messageId: "neverReleased",
          data: { pool: "db" },
          line: 3,
          column: 24,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              data: { helper: "withClient" },
              output: `import db from "@/lib/conn";\nimport { withClient } from "poolguard/runtime";\nexport async function load() {\n  return await withClient(db, async (client) => {\n    return (await client.query("SELECT 1")).rows;\n  });\n}\n`,
            },
          ],
        },
      ],
    },
  ],
});
