// A pool handed out by a getter named like one: `db.getPool().connect()` (decentraland/nft-server's components take
// `database: IPgComponent` from @well-known-components/pg-component, whose `getPool()` returns the pg Pool). The
// getter's name minus `get` is matched against the pool name pattern, as `db.pool` is; any other getter
// (`getConnection()`, `getPoolClient()`) says nothing. Each invalid case sits next to the valid twin it differs from.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** A service function that checks a client out of `receiver` (line 3) and never releases it. */
const neverReleasedFrom = (receiver: string) => `export function createOwners(database) {
  async function fetch(id) {
    const client = await ${receiver}.connect();
    const result = await client.query("SELECT * FROM owners WHERE id = $1", [id]);
    return result.rows;
  }
  return { fetch };
}`;

/** The same function with the release in a finally. */
const releasedFrom = (receiver: string) => `export function createOwners(database) {
  async function fetch(id) {
    const client = await ${receiver}.connect();
    try {
      const result = await client.query("SELECT * FROM owners WHERE id = $1", [id]);
      return result.rows;
    } finally {
      client.release();
    }
  }
  return { fetch };
}`;

/** The suggestion's output: the body moved into `withClient(<receiver>, …)`, the import added after `header`. */
const rewrittenFrom = (receiver: string, header = "") => `${header}import { withClient } from "poolguard/runtime";
export function createOwners(database) {
  async function fetch(id) {
    return await withClient(${receiver}, async (client) => {
      const result = await client.query("SELECT * FROM owners WHERE id = $1", [id]);
      return result.rows;
    });
  }
  return { fetch };
}`;

const neverReleased = (receiver: string, line: number, header = "") => [
  {
    messageId: "neverReleased" as const,
    line,
    column: 26,
    suggestions: [{ messageId: "rewriteWithClient" as const, output: rewrittenFrom(receiver, header) }],
  },
];

ruleTester.run("no-leaked-client: a pool from a getter named like one", rule, {
  valid: [
    { name: "getPool() released in a finally", code: releasedFrom("database.getPool()") },
    { name: "a getter not named like a pool", code: neverReleasedFrom("database.getConnection()") },
    { name: "a getter of a pool's client", code: neverReleasedFrom("database.getPoolClient()") },
    { name: "a method named pool that is no getter", code: neverReleasedFrom("database.makePool()") },
  ],
  invalid: [
    {
      name: "database.getPool() never released",
      code: neverReleasedFrom("database.getPool()"),
      errors: neverReleased("database.getPool()", 3),
    },
    {
      name: "a read replica's getter never released",
      code: neverReleasedFrom("database.getReadPool()"),
      errors: neverReleased("database.getReadPool()", 3),
    },
    {
      name: "a getPool function of another module never released",
      code: `import { getPool } from "./db";\n${neverReleasedFrom("getPool()")}`,
      errors: neverReleased("getPool()", 4, 'import { getPool } from "./db";\n'),
    },
  ],
});
