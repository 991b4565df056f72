// A client checked out at the top level of an ES module and exported (teebarg/pulse-metrics's LISTEN client): an
// export binds the variable, so the importers own the client from its assignment on, and the module keeps it for the
// process. A top-level checkout that is not exported is still the module's to release.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const MODULE = (exports: string) =>
  `import { Pool } from "pg";\nconst pool = new Pool();\nconst listener = await pool.connect();\nawait listener.query("LISTEN metric_events");\n${exports}\n`;

ruleTester.run("no-leaked-client: a top-level checkout exported by the module", rule, {
  valid: [
    { name: "`export { pool, listener }` after the LISTEN", code: MODULE("export { pool, listener };") },
    { name: "exported under another name", code: MODULE("export { listener as notifications };") },
    {
      name: "`export const` on the checkout itself",
      code: `import { Pool } from "pg";\nexport const pool = new Pool();\nexport const listener = await pool.connect();\nawait listener.query("LISTEN metric_events");\n`,
    },
  ],
  invalid: [
    {
      name: "only the pool is exported: the module holds the client and nobody can release it",
      code: MODULE("export { pool };"),
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 3, column: 24, suggestions: [] }],
    },
  ],
});
