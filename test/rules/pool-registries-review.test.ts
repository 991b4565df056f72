// Adversarial review of the registry reading (pools/pool-registries.ts, session 29's review-k): a registry another module
// can fill (`export const pools = new Map()`), a value that is a parameter's default (the caller passes anything), a
// value destructured out of a pool (`const { options } = makePool()`: the write expression of a pattern is its whole
// right side), and two registries read through each other, the second answered while the first was still assumed to
// hold only pools, a Map's `set` whose result (the Map again) is chained or returned, and a `forEach` callback given the
// registry as its third argument, must stay silent; each has an invalid twin the reading still catches. A registry
// named in a type (`keyof typeof pools`) is only read.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const PG = `const { Pool } = require("pg");\n`;
const PG_IMPORT = `import { Pool } from "pg";\n`;
/** A handler that checks a client out of `receiver` and never releases it. */
const DROPPED = (receiver: string, parameter = "id") =>
  `async function list(${parameter}) {\n  const client = await ${receiver}.connect();\n  const { rows } = await client.query("SELECT * FROM t");\n  return rows;\n}\n`;
/** The same handler after the withClient rewrite. */
const REWRITTEN = (receiver: string, parameter = "id") =>
  `async function list(${parameter}) {\n  return await withClient(${receiver}, async (client) => {\n    const { rows } = await client.query("SELECT * FROM t");\n    return rows;\n  });\n}\n`;
const WITH_CLIENT = `const { withClient } = require("poolguard/runtime");\n`;
const WITH_CLIENT_IMPORT = `import { withClient } from "poolguard/runtime";\n`;
/** Two registries, each filled with what the other holds; `extra` puts one more value in the first. */
const TWO_REGISTRIES = (primary: string, replica: string, extra: string) =>
  `const primaries = new Map();\nconst replicas = new Map();\nprimaries.set("copy", ${primary});\n${extra}replicas.set("main", ${replica});\nasync function warm() {\n  const client = await primaries.get("copy").connect();\n  client.release();\n}\n`;

const EXPORTED = (keyword: string) => `const pools = new Map<string, Pool>();\npools.set("main", new Pool());\n${keyword}`;
const PARAMETER = `const pools = new Map();\nfunction add(id, pool = new Pool()) {\n  pools.set(id, pool);\n}\nadd("cache", require("redis").createClient());\n`;
const ASSIGNED = `const pools = new Map();\nfunction add(id) {\n  let pool;\n  pool = new Pool();\n  pools.set(id, pool);\n}\nadd("main");\n`;
const DESTRUCTURED = (pattern: string) => `function makePool() {\n  return new Pool();\n}\nconst pools = new Map();\nconst ${pattern} = makePool();\npools.set("main", options);\n`;
const MIXED = TWO_REGISTRIES(`replicas.get("main")`, `primaries.get("cache")`, `primaries.set("cache", require("redis").createClient());\n`);
const POOLS_BOTH = TWO_REGISTRIES(`replicas.get("main") ?? new Pool()`, `primaries.get("copy") ?? new Pool()`, "");
const CHAINED = `const pools = new Map();\npools.set("main", new Pool()).set("cache", require("redis").createClient());\n`;
const RETURNED = `const pools = new Map();\nfunction add(id) {\n  return pools.set(id, new Pool());\n}\nadd("main").set("cache", require("redis").createClient());\n`;
const CHAINED_READ = `const pools = new Map();\nfunction tenantPool(id) {\n  return pools.get(id) ?? pools.set(id, new Pool()).get(id);\n}\n`;
const VISITED = (callback: string) => `const pools = new Map();\npools.set("main", new Pool());\npools.forEach(${callback});\n`;
const TYPED = `const pools = { main: new Pool(), analytics: new Pool() };\ntype Db = keyof typeof pools;\n`;

ruleTester.run("no-leaked-client: registries another module fills, or whose values are not all pools", rule, {
  valid: [
    {
      name: "an exported registry: another module may put anything in it",
      code: `${PG_IMPORT}export ${EXPORTED("")}${DROPPED("pools.get(id)!")}`,
    },
    {
      name: "a value that is a parameter's default: the caller passes a redis client",
      code: `${PG}${PARAMETER}${DROPPED("pools.get(id)")}`,
    },
    {
      name: "a value destructured from a pool factory's pool is no pool",
      code: `${PG}${DESTRUCTURED("{ options }")}${DROPPED("pools.get(id)")}`,
    },
    {
      name: "a registry filled from another read first, which turns out to hold a redis client",
      code: `${PG}${MIXED}${DROPPED("replicas.get(id)")}`,
    },
    {
      name: "a Map's set gives the Map back: a second set chained on it puts a redis client",
      code: `${PG}${CHAINED}${DROPPED("pools.get(id)")}`,
    },
    {
      name: "a Map's set gives the Map back: returned, the caller puts a redis client",
      code: `${PG}${RETURNED}${DROPPED("pools.get(id)")}`,
    },
    {
      name: "forEach's callback is given the Map itself as third argument",
      code: `${PG}${VISITED(`(pool, id, map) => map.set(id, require("redis").createClient())`)}${DROPPED("pools.get(id)")}`,
    },
    {
      name: "forEach given a function known only by its name",
      code: `${PG}${VISITED("visit")}function visit(pool, id, map) {\n  map.set(id, require("redis").createClient());\n}\n${DROPPED("pools.get(id)")}`,
    },
  ],
  invalid: [
    {
      name: "the registry is not exported, something read from it is",
      code: `${PG_IMPORT}${EXPORTED("export const size = pools.size;\n")}${DROPPED("pools.get(id)!")}`,
      errors: [{ messageId: "neverReleased", line: 6, column: 24, suggestions: [{ messageId: "rewriteWithClient", output: `${PG_IMPORT}${WITH_CLIENT_IMPORT}${EXPORTED("export const size = pools.size;\n")}${REWRITTEN("pools.get(id)!")}` }] }],
    },
    {
      name: "a value that is a variable assigned a new pool",
      code: `${PG}${ASSIGNED}${DROPPED("pools.get(id)")}`,
      errors: [{ messageId: "neverReleased", line: 10, column: 24, suggestions: [{ messageId: "rewriteWithClient", output: `${PG}${WITH_CLIENT}${ASSIGNED}${REWRITTEN("pools.get(id)")}` }] }],
    },
    {
      name: "two registries filled from each other and with new pools",
      code: `${PG}${POOLS_BOTH}${DROPPED("replicas.get(id)")}`,
      errors: [{ messageId: "neverReleased", line: 11, column: 24, suggestions: [{ messageId: "rewriteWithClient", output: `${PG}${WITH_CLIENT}${POOLS_BOTH}${REWRITTEN("replicas.get(id)")}` }] }],
    },
    {
      name: "a Map's set chained into a read of the same Map",
      code: `${PG}${CHAINED_READ}${DROPPED("pools.get(id)")}`,
      errors: [{ messageId: "neverReleased", line: 7, column: 24, suggestions: [{ messageId: "rewriteWithClient", output: `${PG}${WITH_CLIENT}${CHAINED_READ}${REWRITTEN("pools.get(id)")}` }] }],
    },
    {
      name: "forEach's callback takes the value and the key only",
      code: `${PG}${VISITED("(pool, id) => console.log(id, pool.totalCount)")}${DROPPED("pools.get(id)")}`,
      errors: [{ messageId: "neverReleased", line: 6, column: 24, suggestions: [{ messageId: "rewriteWithClient", output: `${PG}${WITH_CLIENT}${VISITED("(pool, id) => console.log(id, pool.totalCount)")}${REWRITTEN("pools.get(id)")}` }] }],
    },
    {
      name: "a registry named in a type is only read",
      code: `${PG_IMPORT}${TYPED}${DROPPED("pools[name]", "name: Db")}`,
      errors: [{ messageId: "neverReleased", line: 5, column: 24, suggestions: [{ messageId: "rewriteWithClient", output: `${PG_IMPORT}${WITH_CLIENT_IMPORT}${TYPED}${REWRITTEN("pools[name]", "name: Db")}` }] }],
    },
  ],
});
