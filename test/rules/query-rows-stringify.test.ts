// JSON.stringify of a query's rows is no throw point (query-rows-stringify.ts): SvelteKit routes release and then
// `return new Response(JSON.stringify(rows), { status: 200 })` inside a try whose catch releases too
// (spoonpaw/simple-message-board). Counting the stringify made the catch's release look like a second one. Each valid
// case sits next to the invalid twin it differs from: a file that registers a type parser (a BigInt column makes
// JSON.stringify throw), the whole result instead of its rows, rows held in a `let`, a helper's result, a replacer.
import rule from "../../rules/no-use-after-release.js";
import { ruleTester } from "../support/rule-tester.js";

/**
 * Query into `found` (line 4, or `query` in its place), release (line 5), `response` returned (line 6 + the lines of
 * `between`) inside the try whose catch releases again.
 */
const releaseThenRespond = (response: string, options: { query?: string; between?: string; preamble?: string } = {}) =>
  `${options.preamble ?? ""}export async function DELETE({ params }) {
  const client = await pool.connect();
  try {
    ${options.query ?? 'const found = await client.query("SELECT * FROM categories WHERE id = $1", [params.id]);'}
    client.release();
${options.between ?? ""}    return ${response};
  } catch (err) {
    client.release();
    return new Response(null, { status: 500 });
  }
}`;

/** The doubleRelease finding: the catch's release, `extra` lines further down than in the plain template. */
const releasedAgain = (extra = 0) => [
  { messageId: "doubleRelease" as const, data: { client: "client", line: 5 }, line: 8 + extra, column: 5 },
];

const OK = "{ status: 200 }";

ruleTester.run("no-use-after-release: JSON.stringify of a query's rows after the release", rule, {
  valid: [
    { name: "the rows of the awaited query", code: releaseThenRespond(`new Response(JSON.stringify(found.rows), ${OK})`) },
    { name: "its first row", code: releaseThenRespond(`new Response(JSON.stringify(found.rows[0]), ${OK})`) },
    {
      name: "a const holding the rows",
      code: releaseThenRespond(`new Response(JSON.stringify(categories), ${OK})`, { between: "    const categories = found.rows;\n" }),
    },
    {
      name: "rows destructured from the awaited query",
      code: releaseThenRespond(`new Response(JSON.stringify(rows), ${OK})`, {
        query: 'const { rows } = await client.query("SELECT * FROM categories");',
      }),
    },
    { name: "the text alone, returned", code: releaseThenRespond("JSON.stringify(found.rows)") },
  ],
  invalid: [
    {
      name: "a file that registers a type parser (int8 as BigInt makes JSON.stringify throw)",
      code: releaseThenRespond(`new Response(JSON.stringify(found.rows), ${OK})`, {
        preamble: 'import pg from "pg";\npg.types.setTypeParser(20, BigInt);\n',
      }),
      errors: [{ messageId: "doubleRelease", data: { client: "client", line: 7 }, line: 10, column: 5 }],
    },
    {
      name: "the whole result, not its rows",
      code: releaseThenRespond(`new Response(JSON.stringify(found), ${OK})`),
      errors: releasedAgain(),
    },
    {
      name: "rows held in a let, which may have been assigned anything",
      code: releaseThenRespond(`new Response(JSON.stringify(categories), ${OK})`, { between: "    let categories = found.rows;\n" }),
      errors: releasedAgain(1),
    },
    {
      name: "a helper's result",
      code: releaseThenRespond(`new Response(JSON.stringify(found.rows), ${OK})`, {
        query: "const found = await loadCategories(client);",
      }),
      errors: releasedAgain(),
    },
    {
      name: "a replacer runs the program's code",
      code: releaseThenRespond(`new Response(JSON.stringify(found.rows, redact), ${OK})`),
      errors: releasedAgain(),
    },
  ],
});
