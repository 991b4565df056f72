// A method of the object a same-file factory returns is a helper the analysis can read (factory-object-methods.ts):
// schulmannn/pulse-analytics' streamUserExport calls its writer's `cleanup()`, which only removes the listeners the
// factory added, in the finally before `client.release()` — no throw point, so the release always runs. Each valid
// case has an invalid twin where the method can throw, or where which function runs is not certain.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const WRITER = (methods: string, extra = "") =>
  `function createWriter(res) {\n  const onClose = () => {};\n  res.on("close", onClose);\n${extra}  return {\n    write(chunk) {\n      return res.write(chunk);\n    },\n${methods}  };\n}\n`;
const CLEANUP = `    cleanup() {\n      res.off("close", onClose);\n      res.removeListener("error", onClose);\n    },\n`;
const USE = (declare = "const") =>
  `async function streamExport(pool, res) {\n  const client = await pool.connect();\n  ${declare} w = createWriter(res);\n  try {\n    w.write(JSON.stringify((await client.query("SELECT 1")).rows));\n  } finally {\n    w.cleanup();\n    client.release();\n  }\n}\n`;
const THROWING = `    cleanup() {\n      res.end();\n    },\n`;
const OTHER_RETURN = `  if (!res) {\n    return res.writer;\n  }\n`;
const ARROW_FACTORY = `const createWriter = (res) => ({\n  write: (chunk) => res.write(chunk),\n  cleanup: () => res.off("close", res.onClose),\n});\n`;

const IMPORT = 'import { withClient } from "poolguard/runtime";\n';
/** The suggested rewrite: the try moves into withClient's callback, its finally keeps everything but the release. */
const REWRITE = (writer: string, declare = "const", beforeTry = "") =>
  `${IMPORT}${writer}async function streamExport(pool, res) {\n  await withClient(pool, async (client) => {\n    ${declare} w = createWriter(res);\n${beforeTry}    try {\n      w.write(JSON.stringify((await client.query("SELECT 1")).rows));\n    } finally {\n      w.cleanup();\n    }\n  });\n}\n`;
/** The checkout on line `line` is not released if the call in the finally (`w.cleanup()`, line `call`) throws. */
const skipped = (line: number, call: number, output: string) => [
  {
    messageId: "notReleasedOnThrow" as const,
    data: { pool: "pool", line: call },
    line,
    column: 24,
    suggestions: [{ messageId: "rewriteWithClient" as const, data: { helper: "withClient" }, output }],
  },
];

ruleTester.run("no-leaked-client: a method of the object a same-file factory returns", rule, {
  valid: [
    { name: "cleanup() only removes listeners: the release after it always runs", code: WRITER(CLEANUP) + USE() },
    { name: "an arrow factory returning an object literal whose cleanup is an arrow", code: ARROW_FACTORY + USE() },
    {
      name: "every return of the factory gives an object whose cleanup cannot throw",
      code: WRITER(CLEANUP, `  if (!res) {\n    return { write() {}, cleanup() {} };\n  }\n`) + USE(),
    },
  ],
  invalid: [
    {
      name: "cleanup() ends the response, which can throw",
      code: WRITER(THROWING) + USE(),
      errors: skipped(14, 19, REWRITE(WRITER(THROWING))),
    },
    { name: "the object has no cleanup: calling it throws", code: WRITER("") + USE(), errors: skipped(11, 16, REWRITE(WRITER(""))) },
    {
      name: "the factory may end without a return (w undefined)",
      code: WRITER(CLEANUP).replace("  return {", "  if (res) return {") + USE(),
      errors: skipped(15, 20, REWRITE(WRITER(CLEANUP).replace("  return {", "  if (res) return {"))),
    },
    {
      name: "a spread may bring another cleanup",
      code: WRITER(`    ...res.hooks,\n${CLEANUP}`) + USE(),
      errors: skipped(16, 21, REWRITE(WRITER(`    ...res.hooks,\n${CLEANUP}`))),
    },
    { name: "the binding is a `let`", code: WRITER(CLEANUP) + USE("let"), errors: skipped(15, 20, REWRITE(WRITER(CLEANUP), "let")) },
    {
      name: "the code assigns the method on the object",
      code: WRITER(CLEANUP) + USE().replace("  try {", "  w.cleanup = res.cleanup;\n  try {"),
      errors: skipped(15, 21, REWRITE(WRITER(CLEANUP), "const", "    w.cleanup = res.cleanup;\n")),
    },
    {
      name: "another return gives something else than an object literal",
      code: WRITER(CLEANUP, OTHER_RETURN) + USE(),
      errors: skipped(18, 23, REWRITE(WRITER(CLEANUP, OTHER_RETURN))),
    },
  ],
});
