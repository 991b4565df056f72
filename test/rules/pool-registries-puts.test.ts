// Registry puts pool-registries.ts reads besides `r.set(k, v);` and `r[k] = v` (session 30, gaps-30): a `set` that is
// the expression body of forEach's arrow (`ids.forEach((id) => pools.set(id, new Pool(…)))`: forEach drops the Map
// the callback gives back), and the lazy puts `pools[id] ??= new Pool(…)` / `||=`, whose entry keeps its value or takes
// the right side. Each has a valid twin: the same put of a redis client, and an arrow whose Map is kept (`map`). The
// shapes are plain JavaScript, so each invalid case is also linted under espree (ESLint's default parser for .js).
import * as espree from "espree";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const PG = `const { Pool } = require("pg");\n`;
const REDIS = `const { createClient } = require("redis");\n`;
const WITH_CLIENT = `const { withClient } = require("poolguard/runtime");\n`;
/** A handler that checks a client out of `receiver` and never releases it. */
const DROPPED = (receiver: string) =>
  `async function list(id) {\n  const client = await ${receiver}.connect();\n  const { rows } = await client.query("SELECT * FROM t");\n  return rows;\n}\n`;
/** The same handler after the withClient rewrite. */
const REWRITTEN = (receiver: string) =>
  `async function list(id) {\n  return await withClient(${receiver}, async (client) => {\n    const { rows } = await client.query("SELECT * FROM t");\n    return rows;\n  });\n}\n`;

/** A Map filled at start-up by an arrow whose body is the `set`, given to `method` of the tenant list. */
const FILLED = (method: string, value: string) => `const pools = new Map();\n["a", "b"].${method}((id) => pools.set(id, ${value}));\n`;
/** An object registry filled lazily with `operator`. */
const LAZY = (operator: string, value: string) => `const pools = {};\nfunction tenantPool(id) {\n  pools[id] ${operator} ${value};\n  return pools[id];\n}\n`;

const cases = [
  { name: "a Map filled by forEach's arrow, its body the set", registry: FILLED("forEach", "new Pool({ database: id })"), receiver: "pools.get(id)", line: 5 },
  { name: "an object registry filled lazily with ??=", registry: LAZY("??=", "new Pool({ database: id })"), receiver: "pools[id]", line: 8 },
  { name: "an object registry filled lazily with ||=", registry: LAZY("||=", "new Pool({ database: id })"), receiver: "pools[id]", line: 8 },
];
const invalid = (parser: "typescript" | "espree") =>
  cases.map(({ name, registry, receiver, line }) => ({
    name: `${name} (${parser})`,
    code: `${PG}${registry}${DROPPED(receiver)}`,
    ...(parser === "espree" ? { languageOptions: { parser: espree } } : {}),
    errors: [{ messageId: "neverReleased" as const, line, column: 24, suggestions: [{ messageId: "rewriteWithClient" as const, output: `${PG}${WITH_CLIENT}${registry}${REWRITTEN(receiver)}` }] }],
  }));

ruleTester.run("no-leaked-client: registry puts in forEach's arrow and lazy puts", rule, {
  valid: [
    {
      name: "forEach's arrow puts a redis client",
      code: `${REDIS}${FILLED("forEach", "createClient({ database: id })")}${DROPPED("pools.get(id)")}`,
    },
    {
      name: "map's arrow gives the Map back into an array, whose first entry is then given a redis client",
      code: `${PG}${REDIS}const pools = new Map();\nconst filled = ["a", "b"].map((id) => pools.set(id, new Pool({ database: id })));\nfilled[0].set("cache", createClient());\n${DROPPED("pools.get(id)")}`,
    },
    {
      name: "a lazy ??= put of a redis client",
      code: `${REDIS}${LAZY("??=", "createClient({ database: id })")}${DROPPED("pools[id]")}`,
    },
    {
      name: "a lazy ||= put of a redis client beside a pool",
      code: `${PG}${REDIS}${LAZY("||=", "createClient({ database: id })")}pools.main = new Pool();\n${DROPPED("pools[id]")}`,
    },
    {
      name: "`+=` puts a sum (a string), though its right side is a pool",
      code: `${PG}const pools = { main: new Pool() };\npools.main += new Pool();\n${DROPPED("pools.main")}`,
    },
  ],
  invalid: [...invalid("typescript"), ...invalid("espree")],
});
