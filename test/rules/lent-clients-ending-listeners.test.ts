// no-leaked-client: a client given to `new` is lent, not handed over, when the function gives it back itself in a
// listener of an ending event it registers ('close', 'end', 'finish'), as when it releases it after the call
// (lent-clients.ts). The work between the `new` and the listeners can then throw with the client held
// (ForbesLindesay/atdatabases's ConnectionPool.queryNodeStream: `connection.queryNodeStream(query)` throws for a query
// not built with @databases/sql before the 'error'/'close' listeners that release are set up). The invalid case has
// valid twins: a release only in an 'error' listener (the failure path, like a `catch`), a 'close' listener
// registered by another function or only in a `catch`, and a function given to `emit` (no listener method) keep the
// wrapper the owner.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const stream = (listeners: string) => `import { Pool } from "pg";
import { PassThrough } from "stream";
const pool = new Pool();
class Connection {
  constructor(client) { this.client = client; }
}
export function queryNodeStream(query) {
  const out = new PassThrough({ objectMode: true });
  Promise.resolve(null)
    .then(async () => {
      const client = await pool.connect();
      const connection = new Connection(client);
      const connectionStream = connection.queryNodeStream(query);
      connectionStream.pipe(out);
${listeners}    })
    .catch((ex) => out.emit("error", ex));
  return out;
}`;

const ERROR_LISTENER = `      connectionStream.on("error", () => {
        client.release(true);
        out.emit("error", out);
      });
`;
const CLOSE_LISTENER = `      connectionStream.on("close", () => {
        client.release();
        out.emit("close");
      });
`;

ruleTester.run("no-leaked-client: a client lent to a wrapper released in an ending event's listener", rule, {
  valid: [
    { name: "released only in an 'error' listener: the wrapper stays the owner", code: stream(ERROR_LISTENER) },
    {
      name: "the 'close' listener is registered by another function, not the one that builds the wrapper",
      code: stream(`      connectionStream.once("ready", () => {
        connectionStream.on("close", () => {
          client.release();
        });
      });
`),
    },
    {
      name: "a function given to emit('close', …) is no listener: the wrapper stays the owner",
      code: stream(`      connectionStream.emit("close", () => {
        client.release();
      });
`),
    },
    {
      name: "a 'close' listener registered only in a catch is the failure path: the wrapper stays the owner",
      code: stream(`      try {
        connectionStream.resume();
      } catch (error) {
        connectionStream.on("close", () => {
          client.release();
        });
        throw error;
      }
`),
    },
  ],
  invalid: [
    {
      name: "released in the 'error' and 'close' listeners set up after a call that can throw",
      code: stream(ERROR_LISTENER + CLOSE_LISTENER),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 13 }, line: 11, column: 28, suggestions: [] }],
    },
  ],
});
