// A checkout stored in an outer variable or a field whose own 'error'/'end' listener clears that store without a
// release (src/analysis/lifetime/listener-cleared-holders.ts): when the connection drops, nothing can give the client
// back and the pool keeps counting it. Reduced from arbengine/rail-events-listener's bootListener
// (test/realworld/cases/apps/arbengine-rail-events-listener-listen-boot). Each valid case is the twin of the first
// invalid one with one guard's condition changed.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** A module keeping its LISTEN client in `listenerClient`; the listener's body from line 8, `extra` after it. */
const boot = (body: string, { event = "error", extra = "", fn = "(err: Error) =>" } = {}) => `import { Pool, PoolClient } from "pg";
const pool = new Pool();
let listenerClient: PoolClient | undefined;
export async function boot(): Promise<void> {
  const client = await pool.connect();
  listenerClient = client;
  client.on("${event}", ${fn} {
${body}  });
${extra}  await client.query("LISTEN jobs");
}
export function stop(): void {
  listenerClient?.release();
  listenerClient = undefined;
}
`;
const LOG = "    console.error(err);\n";
const CLEAR = "    listenerClient = undefined;\n";
const REBOOT = "    setTimeout(() => void boot(), 1000);\n";

/** The same in a class: `this.client`, cleared by an arrow listener. */
const listenerClass = `import { Pool, PoolClient } from "pg";
export class Listener {
  private client: PoolClient | null = null;
  constructor(private readonly pool: Pool) {}
  async start() {
    const client = await this.pool.connect();
    this.client = client;
    client.on("end", () => {
      this.client = null;
    });
    await client.query("LISTEN jobs");
  }
  stop() {
    this.client?.release();
  }
}
`;

const cleared = (line: number, column: number, data: { pool: string; holder: string; event: string; line: number }) => ({
  messageId: "clearedByListener" as const,
  data: { ...data, done: "client.release" },
  line,
  column,
  suggestions: [],
});

ruleTester.run("no-leaked-client: a stored checkout whose own listener clears the store", rule, {
  valid: [
    { name: "the listener releases the client before clearing the store", code: boot(`    client.release(true);\n${CLEAR}${REBOOT}`), filename: "file.ts" },
    {
      name: "the client is kept in a second place too: the store is not its one way out",
      code: boot(`${LOG}${CLEAR}`, { extra: "  open.add(client);\n" }).replace("const pool = new Pool();\n", "const pool = new Pool();\nconst open = new Set<PoolClient>();\n"),
      filename: "file.ts",
    },
    {
      name: "a call of the file's own before the clearing may release the stored client",
      code: boot(`    shutdown();\n${CLEAR}`).replace("export function stop(", "function shutdown(): void {\n  listenerClient?.release(true);\n}\nexport function stop("),
      filename: "file.ts",
    },
    { name: "a listener for another event (a notice) is not a dropped connection", code: boot(`${LOG}${CLEAR}`, { event: "notice" }), filename: "file.ts" },
    {
      name: "the function takes its listeners away again",
      code: boot(`${LOG}${CLEAR}`, { extra: '  client.removeAllListeners("error");\n' }),
      filename: "file.ts",
    },
    {
      name: "the listener hands the client on after clearing the store: the callee may release it",
      code: boot(`${CLEAR}    void recycle(client);\n`).replace("export function stop(", "async function recycle(c: PoolClient): Promise<void> {\n  c.release(true);\n}\nexport function stop("),
      filename: "file.ts",
    },
    {
      name: "the store is a variable of the function itself, which the returned closer releases",
      code: boot(`${LOG}${CLEAR}`)
        .replace("let listenerClient: PoolClient | undefined;\n", "")
        .replace("  const client = await pool.connect();\n", "  let listenerClient: PoolClient | undefined;\n  const client = await pool.connect();\n")
        .replace('  await client.query("LISTEN jobs");\n}', '  return () => listenerClient?.release();\n}')
        .replace("Promise<void>", "Promise<() => void>")
        .replace(/export function stop[^]*$/, ""),
      filename: "file.ts",
    },
    {
      name: "the stored value is an object made around the client: its own events are not the connection's",
      code: boot(`${LOG}${CLEAR}`)
        .replace("const client = await pool.connect();", "const client = new Session(await pool.connect());")
        .replace("let listenerClient: PoolClient | undefined;", "declare class Session {\n  constructor(c: PoolClient);\n  on(e: string, f: (err: Error) => void): void;\n  query(q: string): Promise<void>;\n  release(): void;\n}\nlet listenerClient: Session | undefined;"),
      filename: "file.ts",
    },
    {
      name: "a `function` listener's `this` is the client, not the class",
      code: listenerClass.replace('client.on("end", () => {', 'client.on("end", function () {'),
      filename: "file.ts",
    },
  ],
  invalid: [
    {
      name: "the 'error' listener logs, clears the module's store and schedules a reboot (arbengine)",
      code: boot(`${LOG}${CLEAR}${REBOOT}`),
      filename: "file.ts",
      errors: [cleared(5, 24, { pool: "pool", holder: "listenerClient", event: "error", line: 9 })],
    },
    {
      name: "through a checkout helper of the file: the message names the call as written",
      code: boot(`${LOG}${CLEAR}`).replace("await pool.connect();", "await getClient();").replace("const pool = new Pool();\n", "const pool = new Pool();\nconst getClient = () => pool.connect();\n"),
      filename: "file.ts",
      errors: [
        {
          messageId: "helperClearedByListener" as const,
          data: { checkout: "getClient()", holder: "listenerClient", event: "error", line: 10, done: "client.release" },
          line: 6,
          column: 24,
          suggestions: [],
        },
      ],
    },
    {
      name: "an 'end' listener clearing the class's field",
      code: listenerClass,
      filename: "file.ts",
      errors: [cleared(6, 26, { pool: "this.pool", holder: "this.client", event: "end", line: 9 })],
    },
  ],
});
