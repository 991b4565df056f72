// A checkout made on one branch only, with a flag set beside it (`releaseOnClose = true`), given back through a helper of
// the file under that flag (`if (releaseOnClose) releaseClient(client)`: remix-run/remix's data-table-postgres driver).
// The flag says whether the client is held only when the helper really releases (or takes over) its parameter.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const HELPERS = `function releaseClient(client) {
  let release = client.release;
  release?.();
}
function destroyClient(client, error) {
  let release = client.release;
  if (typeof release === "function") {
    release.call(client, error instanceof Error ? error : true);
    return;
  }
  void client.end();
}
function describeClient(client) {
  console.log(client.processID);
}
`;

const run = (onSuccess: string, onError: string) => `import pg from "pg";
${HELPERS}export class Driver {
  constructor(config, direct) {
    this.direct = direct;
    this.pool = new pg.Pool(config);
  }
  async withLock(run) {
    let releaseOnClose = false;
    let client;
    if (!this.direct) {
      client = await this.pool.connect();
      releaseOnClose = true;
    } else {
      client = this.direct;
    }
    try {
      let value = await run(client);
      if (releaseOnClose) {
        ${onSuccess}(client);
      }
      return value;
    } catch (error) {
      if (releaseOnClose) {
        ${onError}(client, error);
      }
      throw error;
    }
  }
}`;

ruleTester.run("no-leaked-client: a helper's release under the flag set beside the checkout", rule, {
  valid: [
    {
      name: "both paths give the client back through helpers under the flag",
      code: run("releaseClient", "destroyClient"),
    },
  ],
  invalid: [
    {
      name: "a helper under the flag that does not release the client leaves it held on the way out",
      code: run("describeClient", "destroyClient"),
      errors: [{ messageId: "earlyExit", data: { pool: "this.pool", exit: "return", line: 36, scope: "the function" }, line: 26, column: 22, suggestions: [] }],
    },
  ],
});
