// A pool chosen at run time from a registry the file keeps (round "pools chosen at run time"): a Map of pools per
// tenant filled lazily (`pools.get(tenantId).connect()`), an object of pools per database (`pools[name]`,
// `pools.analytics`), an array of shard pools (`shards[id % shards.length]`). The registry is a pool source only when
// every value the file puts in it is a pg pool and the file shows every write; each guard has a valid twin that
// differs by the one thing the analysis looks at (a Map of redis clients, a registry the module exports, one value
// that is not a pool, a `let` registry).
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const MAP_OF_POOLS = `const { Pool } = require("pg");\nconst pools = new Map();\nfunction tenantPool(id) {\n  let pool = pools.get(id);\n  if (!pool) {\n    pool = new Pool({ database: id });\n    pools.set(id, pool);\n  }\n  return pool;\n}\n`;
/** A handler that checks a client out of `receiver` and never releases it. */
const DROPPED = (receiver: string) =>
  `async function list(id) {\n  const client = await ${receiver}.connect();\n  const { rows } = await client.query("SELECT * FROM t");\n  return rows;\n}\n`;

/** The same handler after the withClient rewrite. */
const REWRITTEN = (receiver: string) =>
  `async function list(id) {\n  return await withClient(${receiver}, async (client) => {\n    const { rows } = await client.query("SELECT * FROM t");\n    return rows;\n  });\n}\n`;

ruleTester.run("no-leaked-client: a pool taken from a registry of pools the file keeps", rule, {
  valid: [
    {
      name: "a Map of pools: released in a finally",
      code: `${MAP_OF_POOLS}async function list(id) {\n  const client = await pools.get(id).connect();\n  try {\n    return (await client.query("SELECT * FROM t")).rows;\n  } finally {\n    client.release();\n  }\n}\n`,
    },
    {
      name: "a Map of redis clients has the same shape: its connect() is another library's",
      code: `const { createClient } = require("redis");\nconst clients = new Map();\nfunction tenantClient(id) {\n  let client = clients.get(id);\n  if (!client) {\n    client = createClient({ url: id });\n    clients.set(id, client);\n  }\n  return client;\n}\n${DROPPED("clients.get(id)").replace(/client\b(?!s)/g, "conn")}`,
    },
    {
      name: "the registry is exported: another module may put anything in it",
      code: `${MAP_OF_POOLS}module.exports = { pools };\n${DROPPED("pools.get(id)")}`,
    },
    {
      name: "one value put in is not a pool (a client kept per tenant)",
      code: `${MAP_OF_POOLS}async function warm(id, makeClient) {\n  pools.set(id, await makeClient());\n}\n${DROPPED("pools.get(id)")}`,
    },
    {
      name: "an object registry assigned again later: the variable then holds what the caller gave",
      code: `const { Pool } = require("pg");\nlet pools = { main: new Pool(), analytics: new Pool() };\nfunction reset(next) {\n  pools = next;\n}\n${DROPPED("pools[name]").replace("list(id)", "list(name)")}`,
    },
    {
      name: "an array of shard pools: released in a finally",
      code: `const { Pool } = require("pg");\nconst shards = [5433, 5434].map((port) => new Pool({ port }));\nasync function list(id) {\n  const client = await shards[id % shards.length].connect();\n  try {\n    return (await client.query("SELECT * FROM t")).rows;\n  } finally {\n    client.release();\n  }\n}\n`,
    },
  ],
  invalid: [
    {
      name: "a Map of tenant pools filled lazily: the checkout is never released",
      code: `${MAP_OF_POOLS}${DROPPED("pools.get(id)")}`,
      errors: [{ messageId: "neverReleased", line: 12, column: 24, suggestions: [{ messageId: "rewriteWithClient", output: `const { Pool } = require("pg");\nconst { withClient } = require("poolguard/runtime");\n${MAP_OF_POOLS.slice(MAP_OF_POOLS.indexOf("const pools"))}${REWRITTEN("pools.get(id)")}` }] }],
    },
    {
      name: "an object of pools per database, indexed by name",
      code: `const { Pool } = require("pg");\nconst pools = { main: new Pool(), analytics: new Pool() };\n${DROPPED("pools[name]").replace("list(id)", "list(name)")}`,
      errors: [{ messageId: "neverReleased", line: 4, column: 24, suggestions: [{ messageId: "rewriteWithClient", output: `const { Pool } = require("pg");\nconst { withClient } = require("poolguard/runtime");\nconst pools = { main: new Pool(), analytics: new Pool() };\n${REWRITTEN("pools[name]").replace("list(id)", "list(name)")}` }] }],
    },
    {
      name: "an object of pools per database, by its property",
      code: `const { Pool } = require("pg");\nconst pools = { main: new Pool(), analytics: new Pool() };\n${DROPPED("pools.analytics")}`,
      errors: [{ messageId: "neverReleased", line: 4, column: 24, suggestions: [{ messageId: "rewriteWithClient", output: `const { Pool } = require("pg");\nconst { withClient } = require("poolguard/runtime");\nconst pools = { main: new Pool(), analytics: new Pool() };\n${REWRITTEN("pools.analytics")}` }] }],
    },
    {
      name: "an array of shard pools built at start-up",
      code: `const { Pool } = require("pg");\nconst shards = [5433, 5434].map((port) => new Pool({ port }));\n${DROPPED("shards[id % shards.length]")}`,
      errors: [{ messageId: "neverReleased", line: 4, column: 24, suggestions: [{ messageId: "rewriteWithClient", output: `const { Pool } = require("pg");\nconst { withClient } = require("poolguard/runtime");\nconst shards = [5433, 5434].map((port) => new Pool({ port }));\n${REWRITTEN("shards[id % shards.length]")}` }] }],
    },
    {
      name: "a per-host cache whose value is the cached pool or a new one (Axbon/radler's tenantsPoolCache)",
      code: `import { Pool } from "pg";\nconst cache = new Map<string, Pool>();\nexport async function adapter(host: string) {\n  const pool = cache.get(host) ?? new Pool({ host });\n  cache.set(host, pool);\n  const client = await cache.get(host)!.connect();\n  await client.query("SELECT 1");\n}\n`,
      errors: [{ messageId: "neverReleased", line: 6, column: 24, suggestions: [{ messageId: "rewriteWithClient", output: `import { Pool } from "pg";\nimport { withClient } from "poolguard/runtime";\nconst cache = new Map<string, Pool>();\nexport async function adapter(host: string) {\n  const pool = cache.get(host) ?? new Pool({ host });\n  cache.set(host, pool);\n  await withClient(cache.get(host)!, async (client) => {\n    await client.query("SELECT 1");\n  });\n}\n` }] }],
    },
  ],
});
