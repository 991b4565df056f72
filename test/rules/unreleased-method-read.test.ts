// `client.release;` as a statement of its own reads the method and drops it: the client is neither released nor
// handed on, while a taken `client.release` given to a call stays a hand-over of the release. Corpus:
// jesuisstan/matcha-find-your-date's register route before its fix ("todo: check if this is correct"). Plain
// JavaScript shapes, so each case is also linted under espree (ESLint's default parser for .js).
import * as espree from "espree";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const HEAD = `import pg from "pg";\nconst pool = new pg.Pool();\n`;
const route = (release: string) => `${HEAD}export async function register(email) {
  const client = await pool.connect();
  try {
    await client.query("INSERT INTO users (email) VALUES ($1)", [email]);
  } finally {
    ${release}
  }
}`;
const listener = `${HEAD}export async function stream(res) {
  const client = await pool.connect();
  res.on("close", client.release);
  await client.query("SELECT 1");
}`;

const parsers = ["typescript", "espree"] as const;
const under = (parser: (typeof parsers)[number]) => (parser === "espree" ? { languageOptions: { parser: espree } } : {});

ruleTester.run("no-leaked-client: a release method read and dropped", rule, {
  valid: parsers.flatMap((parser) => [
    { name: `the release called in the finally (${parser})`, code: route("client.release();"), ...under(parser) },
    { name: `the release method handed to a listener: a hand-over of the release (${parser})`, code: listener, ...under(parser) },
  ]),
  invalid: parsers.map((parser) => ({
    name: `\`client.release;\` in the finally: the method read, never called (${parser})`,
    code: route("client.release;"),
    ...under(parser),
    errors: [{ messageId: "neverReleased" as const, data: { pool: "pool" }, line: 4, column: 24, suggestions: [] }],
  })),
});
