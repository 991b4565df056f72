// A checkout stored in an outer variable or a field inside a `try` whose `catch` runs the same function again
// (src/analysis/lifetime/retried-checkouts.ts): a throw after the store leads to a second checkout that overwrites
// the first, which nothing releases. Reduced from socket.io-postgres-adapter's initClient before c00716d
// (test/realworld/cases/libraries/socketio-socket-io-postgres-adapter-init-client-before-c00716d.ts). Each invalid case
// sits next to the valid twin it differs from.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** A factory keeping its LISTEN client in `client`; `init`'s try block from line 5, then `catchBody`. */
const factory = (tryBody: string, catchBody: string, extra = "", before = "") => `import { Pool, PoolClient } from "pg";
export function listen(pool: Pool) {
  let client: PoolClient | undefined;
${extra}  const init = async () => {
${before}    try {
      client = await pool.connect();
${tryBody}    } catch (err) {
${catchBody}    }
  };
  init();
  return () => client?.release();
}
`;
const LISTEN = '      await client.query("LISTEN jobs");\n';
const LATER = "      setTimeout(init, 1000);\n";
/** The store in one branch of an `if` (LocalProtestOrg's realtime listener), the other branch as given. */
const STORE = "      client = await pool.connect();\n";
const branched = (otherBranch: string) => `      if (direct) ${otherBranch}\n      else client = await pool.connect();\n`;
const DIRECT = "  const direct = process.env.DIRECT_URL ? async () => pool.connect() : null;\n";
/** `if (stopped) return;` before the try, the flag set by the returned closer (or as given). */
const STOPPED = "  let stopped = false;\n";
const stopGuard = (test = "stopped") => `    if (${test}) return;\n`;

/** The same as a class: `this.client`, retried as `this.connect()`. */
const listener = (catchBody: string, finallyBody = "") => `import { Pool, PoolClient } from "pg";
export class Listener {
  private client?: PoolClient;
  constructor(private readonly pool: Pool) {}
  async connect() {
    try {
      this.client = await this.pool.connect();
      await this.client.query("LISTEN jobs");
    } catch (err) {
${catchBody}    }${finallyBody}
  }
  close() {
    this.client?.release();
  }
}
`;

const overwritten = (line: number, column: number, data: { pool: string; holder: string; line: number; tryLine: number; retried: string }) => ({
  messageId: "overwrittenByRetry" as const,
  data,
  line,
  column,
  suggestions: [],
});

ruleTester.run("no-leaked-client: a stored checkout overwritten by the retry its own catch runs", rule, {
  valid: [
    { name: "the catch releases the stored client before retrying", code: factory(LISTEN, `      client?.release();\n${LATER}`), filename: "file.ts" },
    { name: "the catch only reports: the stored client is the closer's", code: factory(LISTEN, "      console.error(err);\n"), filename: "file.ts" },
    {
      name: "the function tests the stored client before checking out again",
      code: factory(LISTEN, LATER, "", "    if (client) return;\n"),
      filename: "file.ts",
    },
    {
      name: "the retry is a listener that may never run",
      code: factory(LISTEN, '      process.once("SIGHUP", () => init());\n'),
      filename: "file.ts",
    },
    {
      name: "the throwing call is given the client: it may keep it",
      code: factory("      await register(client);\n", LATER, "  const register = async (c: PoolClient) => c;\n"),
      filename: "file.ts",
    },
    { name: "a class whose finally speaks of the field", code: listener("      setTimeout(() => this.connect(), 1000);\n", " finally {\n      this.client?.removeAllListeners(\"error\");\n    }"), filename: "file.ts" },
    {
      name: "the store is in one branch of an if whose other branch stores nothing: a retry may take that one",
      code: factory(LISTEN, LATER, DIRECT).replace(STORE, branched('console.log("direct");')),
      filename: "file.ts",
    },
    {
      name: "the stop guard before the try tests a flag the function's own catch sets",
      code: factory(LISTEN, `      stopped = true;\n${LATER}`, STOPPED, stopGuard()),
      filename: "file.ts",
    },
    {
      name: "the guard before the try calls a function: it may test the stored client",
      code: factory(LISTEN, LATER, "  const isStopped = () => client !== undefined;\n", stopGuard("isStopped()")),
      filename: "file.ts",
    },
    { name: "a class whose catch retries another method", code: listener("      setTimeout(() => this.close(), 1000);\n"), filename: "file.ts" },
  ],
  invalid: [
    {
      name: "the catch hands the function to a timer (socket.io-postgres-adapter before c00716d)",
      code: factory(LISTEN, `      console.error(err);\n${LATER}`),
      filename: "file.ts",
      errors: [overwritten(6, 22, { pool: "pool", holder: "client", line: 7, tryLine: 5, retried: "init" })],
    },
    {
      name: "the catch calls a helper of the file that schedules the function",
      code: factory(LISTEN, "      schedule();\n", "  const schedule = () => {\n    setTimeout(() => init(), 1000);\n  };\n"),
      filename: "file.ts",
      errors: [overwritten(9, 22, { pool: "pool", holder: "client", line: 10, tryLine: 8, retried: "init" })],
    },
    {
      name: "the catch runs the function again at once",
      code: factory(LISTEN, "      await init();\n"),
      filename: "file.ts",
      errors: [overwritten(6, 22, { pool: "pool", holder: "client", line: 7, tryLine: 5, retried: "init" })],
    },
    {
      name: "through a checkout helper of the file: the message names the call as written",
      code: factory(LISTEN, LATER, "  const getClient = () => pool.connect();\n").replace("await pool.connect()", "await getClient()"),
      filename: "file.ts",
      errors: [
        {
          messageId: "helperOverwrittenByRetry" as const,
          data: { checkout: "getClient()", holder: "client", line: 8, tryLine: 6, retried: "init" },
          line: 7,
          column: 22,
          suggestions: [],
        },
      ],
    },
    {
      name: "the store in one branch of an if whose other branch stores into the same variable (LocalProtestOrg)",
      code: factory(LISTEN, LATER, DIRECT).replace(STORE, branched("client = await direct();")),
      filename: "file.ts",
      errors: [overwritten(8, 27, { pool: "pool", holder: "client", line: 9, tryLine: 6, retried: "init" })],
    },
    {
      name: "a stop guard before the try: the retry stores again while the flag stays clear (LocalProtestOrg)",
      code: factory(LISTEN, `      if (!stopped) setTimeout(init, 1000);\n`, STOPPED, stopGuard()),
      filename: "file.ts",
      errors: [overwritten(8, 22, { pool: "pool", holder: "client", line: 9, tryLine: 7, retried: "init" })],
    },
    {
      name: "a class method retried from a timer as this.connect()",
      code: listener("      setTimeout(() => this.connect(), 1000);\n"),
      filename: "file.ts",
      errors: [overwritten(7, 27, { pool: "this.pool", holder: "this.client", line: 8, tryLine: 6, retried: "this.connect" })],
    },
  ],
});
