// Queries collected in an array and consumed by `Promise.all(pending).then(…)` whose callbacks release the client:
// callback style's way of waiting (mastodon's streaming filter), so the client goes back only once the work is done.
// A release anywhere else after the push does not wait. Each invalid case sits next to the valid twin.
import rule from "../../rules/no-unawaited-client-work.js";
import { ruleTester } from "../support/rule-tester.js";

/** A callback checkout collecting two queries into `pending`; `consume` from line 9 on, indented 4. */
const collecting = (consume: string) => `const { Pool } = require("pg");
const pool = new Pool();
function check(ids, send) {
  pool.connect((err, client, done) => {
    if (err) return send(err);
    const pending = [];
    pending.push(client.query("SELECT 1 FROM blocks WHERE id = ANY($1)", [ids]));
    pending.push(client.query("SELECT 1 FROM mutes WHERE id = ANY($1)", [ids]));
${consume.split("\n").map((line) => `    ${line}`).join("\n")}
  });
}`;

const collectedError = (line: number) => ({
  messageId: "collected" as const,
  data: { work: "client.query(…)", client: "client", collection: "pending" },
  line,
  column: 18,
  suggestions: [],
});

ruleTester.run("no-unawaited-client-work: collected work released in the chain", rule, {
  valid: [
    {
      name: "then and catch of the Promise.all both release",
      code: collecting("Promise.all(pending)\n  .then((results) => {\n    done();\n    send(null, results);\n  })\n  .catch((error) => {\n    done();\n    send(error);\n  });"),
    },
    { name: "finally of the Promise.all releases", code: collecting("Promise.all(pending).then(send).finally(() => done());") },
  ],
  invalid: [
    {
      name: "released right after the un-awaited Promise.all",
      code: collecting("Promise.all(pending).then((results) => send(null, results));\ndone();"),
      errors: [collectedError(7), collectedError(8)],
    },
    {
      name: "released between the push and the chain that releases again",
      code: collecting("done();\nPromise.all(pending).finally(() => done());"),
      errors: [collectedError(7), collectedError(8)],
    },
  ],
});
