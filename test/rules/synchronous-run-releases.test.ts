// no-unawaited-client-work, kind "releasedWhileRunning", with the release further along the same synchronous run
// (synchronous-run.ts): out of an array iteration's callback, after a loop or an `if`, through a `finally`
// (roxanapopelena/Final-Year-Project-backend's and bhavyagupta1/Postgres_Project's CSV imports: one callback-style
// INSERT per row inside `rows.forEach`, `done()` in the finally). Each invalid case sits next to its valid twin.
import rule from "../../rules/no-unawaited-client-work.js";
import { ruleTester } from "../support/rule-tester.js";

const callbackStyle = (body: string) =>
  `import { Pool } from "pg";
const pool = new Pool();
const rows: unknown[][] = [];
pool.connect((err, client, done) => {
  if (err) return;
${body}
});`;

const released = (line: number, column: number, releaseLine: number) => ({
  messageId: "releasedWhileRunning" as const,
  data: { work: "client.query(…)", client: "client", releaseLine: String(releaseLine) },
  line,
  column,
  suggestions: [],
});

ruleTester.run("no-unawaited-client-work (released later in the same run)", rule, {
  valid: [
    {
      name: "forEach: the last INSERT's callback releases (counted), nothing releases after the iteration",
      code: callbackStyle(
        '  let pending = rows.length;\n  rows.forEach((row) => {\n    client.query("INSERT INTO t VALUES ($1)", row, (e) => {\n      if (--pending === 0) done(e);\n    });\n  });',
      ),
    },
    {
      name: "forEach with a concise body in a try whose catch only releases: the normal end skips it",
      code: callbackStyle('  try {\n    rows.forEach((row) => client.query("INSERT INTO t VALUES ($1)", row, (e) => console.log(e)));\n  } catch (e) {\n    done(e);\n  }'),
    },
    {
      name: "a listener's callback is not an iteration: it runs later, not before the release",
      code: callbackStyle('  const source = { on(event: string, fn: (row: unknown[]) => void) {} };\n  source.on("row", (row) => {\n    client.query("INSERT INTO t VALUES ($1)", row, (e) => console.log(e));\n  });\n  done();'),
    },
    {
      name: "for…of: a last query's callback releases, after the INSERTs it is queued behind",
      code: callbackStyle(
        '  for (const row of rows) {\n    client.query("INSERT INTO t VALUES ($1)", row, (e) => console.log(e));\n  }\n  client.query("SELECT 1", () => done());',
      ),
    },
    {
      name: "if: released in the query's callback, or in the else",
      code: callbackStyle('  if (rows.length) {\n    client.query("INSERT INTO t VALUES (1)", () => done());\n  } else {\n    done();\n  }'),
    },
    {
      // A statement of the module's top level: the walk reaches the Program (whose parent is null) and stops there.
      name: "top level: the query's callback releases",
      code: 'import { Pool } from "pg";\nconst pool = new Pool();\nconst client = await pool.connect();\nclient.query("SELECT 1", () => client.release());',
    },
  ],
  invalid: [
    {
      name: "top level (top-level await): an `if` sends the query, the release follows it",
      code: 'import { Pool } from "pg";\nconst pool = new Pool();\nconst client = await pool.connect();\nif (pool.totalCount) {\n  client.query("SELECT 1", (e) => console.log(e));\n}\nclient.release();',
      errors: [released(5, 3, 7)],
    },
    {
      name: "forEach in a try whose finally releases (roxanapopelena's and bhavyagupta1's CSV imports)",
      code: callbackStyle(
        '  try {\n    rows.forEach((row) => {\n      client.query("INSERT INTO t VALUES ($1)", row, (e) => {\n        if (e) console.log(e.stack);\n      });\n    });\n  } finally {\n    done();\n  }',
      ),
      errors: [released(8, 7, 13)],
    },
    {
      name: "forEach with a concise body in a try whose finally releases",
      code: callbackStyle('  try {\n    rows.forEach((row) => client.query("INSERT INTO t VALUES ($1)", row, (e) => console.log(e)));\n  } finally {\n    done();\n  }'),
      errors: [released(7, 27, 9)],
    },
    {
      name: "map's callback, which returns (a `return` completes the callback), as a declaration's value, then the release",
      code: callbackStyle('  const sent = rows.map((row) => {\n    client.query("INSERT INTO t VALUES ($1)", row, (e) => console.log(e));\n    return row;\n  });\n  done();'),
      errors: [released(7, 5, 10)],
    },
    {
      name: "for…of, then the release after the loop",
      code: callbackStyle('  for (const row of rows) {\n    client.query("INSERT INTO t VALUES ($1)", row, (e) => console.log(e));\n  }\n  done();'),
      errors: [released(7, 5, 9)],
    },
    {
      name: "if, then the release after it",
      code: callbackStyle('  if (rows.length) {\n    client.query("INSERT INTO t VALUES (1)", (e) => console.log(e));\n  }\n  done();'),
      errors: [released(7, 5, 9)],
    },
  ],
});
