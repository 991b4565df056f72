// no-unawaited-client-work, kind "releasedWhileRunning", for a helper that sends a callback-style query on the client
// it is given and returns at once (jcbain/tweet-collection's cron job: `insertIntoTweets(client, …)` from
// "./insertQueries" inside `resp.data.forEach`, `done()` in the finally): the release later in the same run gives the
// client back with the helper's query still queued. The helper is read in this file or in its local module
// (callback-query-helpers.ts, pools/callback-query-parameters.ts). Each invalid case sits next to its valid twin.
import path from "node:path";
import rule from "../../rules/no-unawaited-client-work.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-callback-query-helpers-");

// Callback-style helpers, as insertQueries.js writes them: no pg import, no connect or release.
write(
  "cron/insertQueries.js",
  'const insertRow = (client, text, row) => {\n  client.query(text, [row.id], (err) => {\n    if (err) console.log(err.stack);\n  });\n};\n\nfunction insertRowReleasing(client, text, row, done) {\n  client.query(text, [row.id], (err) => {\n    done(err);\n  });\n}\n\nfunction insertRowLater(client, text, rows) {\n  if (!rows.length) return;\n  rows.forEach((row) => console.log(row));\n}\n\nmodule.exports = { insertRow, insertRowReleasing, insertRowLater };\n',
);

const entry = path.join(root, "cron", "entry.js");
/** The cron job: the checkout (line 4) and `work` in a forEach in the try, the release in the finally (line 11). */
const cronJob = (helper: string, work: string) =>
  `const { Pool } = require("pg");\nconst { ${helper} } = require("./insertQueries");\nconst pool = new Pool();\nmodule.exports = (rows) => pool.connect((err, client, done) => {\n  if (err) throw err;\n  try {\n    rows.forEach((row) => {\n      ${work}\n    });\n  } finally {\n    done();\n  }\n});\n`;

/** The same job with the helper (`declaration`) written in the file. */
const sameFile = (declaration: string, work: string) =>
  `import { Pool } from "pg";\nconst pool = new Pool();\n${declaration}\nexport function run(rows: { id: number }[]) {\n  pool.connect((err, client, done) => {\n    if (err) return;\n    for (const row of rows) ${work}\n    done();\n  });\n}`;

const released = (work: string, line: number, column: number, releaseLine: number) => ({
  messageId: "releasedWhileRunning" as const,
  data: { work, client: "client", releaseLine: String(releaseLine) },
  line,
  column,
  suggestions: [],
});

ruleTester.run("no-unawaited-client-work (helpers that leave a callback-style query)", rule, {
  valid: [
    {
      name: "imported: the helper's query callback releases; only a catch releases after the iteration",
      code: cronJob("insertRowReleasing", "insertRowReleasing(client, 'INSERT INTO t VALUES ($1)', row, done);").replace("  } finally {\n    done();\n  }", "  } catch (e) {\n    done(e);\n  }"),
      filename: entry,
    },
    {
      name: "imported: a helper that sends no query on the client",
      code: cronJob("insertRowLater", "insertRowLater(client, 'INSERT INTO t VALUES ($1)', [row]);"),
      filename: entry,
    },
    {
      name: "same file: the helper sends its query on another value, not the parameter",
      code: sameFile(
        'function insert(client: unknown, text: string, id: number) {\n  pool.query(text, [id], (err) => console.log(err));\n}',
        'insert(client, "INSERT INTO t VALUES ($1)", row.id);',
      ),
    },
    {
      name: "same file: the helper reassigns its parameter first",
      code: sameFile(
        'function insert(client: any, text: string, id: number) {\n  client = pool;\n  client.query(text, [id], (err: Error) => console.log(err));\n}',
        'insert(client, "INSERT INTO t VALUES ($1)", row.id);',
      ),
    },
    {
      name: "same file: the helper returns before the query",
      code: sameFile(
        'function insert(client: any, text: string, id: number) {\n  return;\n  client.query(text, [id], (err: Error) => console.log(err));\n}',
        'insert(client, "INSERT INTO t VALUES ($1)", row.id);',
      ),
    },
  ],
  invalid: [
    {
      name: "imported: the helper's INSERT is still queued when the finally's done() runs (jcbain/tweet-collection)",
      code: cronJob("insertRow", "insertRow(client, 'INSERT INTO t VALUES ($1)', row);"),
      filename: entry,
      errors: [released("insertRow(…)", 8, 7, 11)],
    },
    {
      name: "same file: a const arrow helper called in a for…of, then the release",
      code: sameFile(
        'const insert = (client: any, text: string, id: number) => {\n  client.query(text, [id], (err: Error) => console.log(err));\n};',
        'insert(client, "INSERT INTO t VALUES ($1)", row.id);',
      ),
      errors: [released("insert(…)", 9, 29, 10)],
    },
    {
      name: "same file: a function declaration that logs, then sends the query",
      code: sameFile(
        'function insert(client: any, text: string, id: number) {\n  console.log(text);\n  client.query(text, [id], (err: Error) => console.log(err));\n}',
        'insert(client, "INSERT INTO t VALUES ($1)", row.id);',
      ),
      errors: [released("insert(…)", 10, 29, 11)],
    },
  ],
});
