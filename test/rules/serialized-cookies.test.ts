// A Set-Cookie header the `cookie` package serialized is no throw point in a Response built after the release
// (serialized-cookies.ts, spoonpaw/simple-message-board's login route): each valid case sits next to the invalid twin
// that differs by the one thing the reading looks at — a custom encoder, a name or an option it cannot see, a binding
// that is not the package's, a variable that may change.
import rule from "../../rules/no-use-after-release.js";
import { ruleTester } from "../support/rule-tester.js";

/** The cookie serialized on line 6, the release on line 7, the Response on line 8, the catch's release on line 10. */
const login = (serialize: string, binding = 'import cookie from "cookie";', kind = "const") => `${binding}
export async function POST({ request }) {
  const client = await pool.connect();
  try {
    const { rows } = await client.query("SELECT id FROM users WHERE name = $1", [request.name]);
    ${kind} serialized = ${serialize};
    client.release();
    return new Response(JSON.stringify({ ok: true }), { status: 200, headers: { "Set-Cookie": serialized } });
  } catch (err) {
    client.release();
    return new Response(null, { status: 500 });
  }
}`;

const releasedAgain = [{ messageId: "doubleRelease" as const, data: { client: "client", line: 7 }, line: 10, column: 5 }];
const SESSION = 'cookie.serialize("token", rows[0].id, { httpOnly: true, maxAge: 3600, path: "/", secure: true })';

ruleTester.run("no-use-after-release: a cookie serialized by the cookie package in the Response's headers", rule, {
  valid: [
    { name: "cookie.serialize of a literal name with literal options", code: login(SESSION) },
    { name: "serialize imported by name, no options", code: login('serialize("token", rows[0].id)', 'import { serialize } from "cookie";') },
    { name: "the package required whole", code: login(SESSION, 'const cookie = require("cookie");') },
  ],
  invalid: [
    {
      name: "a custom encode option may write characters Headers refuse",
      code: login('cookie.serialize("token", rows[0].id, { encode: (value) => value })'),
      errors: releasedAgain,
    },
    { name: "a cookie name held in a variable", code: login("cookie.serialize(name, rows[0].id)"), errors: releasedAgain },
    {
      name: "an option held in a variable (cookie 0.1 wrote path and domain unchecked)",
      code: login('cookie.serialize("token", rows[0].id, { path: base })'),
      errors: releasedAgain,
    },
    { name: "a serialize of the project's own module", code: login(SESSION, 'import cookie from "./cookie";'), errors: releasedAgain },
    { name: "a let that something may reassign", code: login(SESSION, 'import cookie from "cookie";', "let"), errors: releasedAgain },
  ],
});
