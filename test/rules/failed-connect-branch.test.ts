// The `done()` of an `if (err)` branch runs when the checkout failed and holds nothing: it must not hide that a held
// client goes back only on the query's 'end' (mjhea0/node-postgres-todo's routes after its PR #4). Each leak sits
// beside the safe twin a person would write.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const route = (onError: string, listeners: string): string =>
  `pg.connect(connectionString, (err, client, done) => {\n  if (err) {\n${onError}  }\n` +
  `  const query = client.query("SELECT * FROM items ORDER BY id ASC");\n  query.on("row", (row) => results.push(row));\n${listeners}});`;

const RELEASE_AND_REPLY = `    done();\n    return res.status(500).json({ success: false, data: err });\n`;
const END_ONLY = `  query.on("end", () => {\n    done();\n    res.json(results);\n  });\n`;
const END_AND_ERROR = `${END_ONLY}  query.on("error", (queryErr) => {\n    done(queryErr);\n    res.status(500).json({ success: false });\n  });\n`;

ruleTester.run("no-leaked-client: a release on the failed checkout's branch beside an 'end'-only release", rule, {
  valid: [
    {
      name: "the query's 'error' listener releases too",
      code: route(RELEASE_AND_REPLY, END_AND_ERROR),
    },
    {
      name: "the query's callback releases whatever its outcome",
      code: `pg.connect(connectionString, (err, client, done) => {\n  if (err) {\n${RELEASE_AND_REPLY}  }\n  client.query("SELECT * FROM items", (queryErr, result) => {\n    done();\n    res.json(queryErr ? [] : result.rows);\n  });\n});`,
    },
  ],
  invalid: [
    {
      name: "released in the failed checkout's branch and on 'end' only",
      code: route(RELEASE_AND_REPLY, END_ONLY),
      errors: [
        {
          messageId: "releasedOnlyOnSuccessEvent",
          data: { pool: "pg", emitter: "query", event: "end", line: 8 },
          line: 1,
          column: 1,
          suggestions: [],
        },
      ],
    },
    {
      name: "`if (err) return done(err)` then 'end' only",
      code: `pg.connect(connectionString, (err, client, done) => {\n  if (err) return done(err);\n  const query = client.query("SELECT * FROM items");\n  query.on("end", () => done());\n});`,
      errors: [
        {
          messageId: "releasedOnlyOnSuccessEvent",
          data: { pool: "pg", emitter: "query", event: "end", line: 4 },
          line: 1,
          column: 1,
          suggestions: [],
        },
      ],
    },
  ],
});
