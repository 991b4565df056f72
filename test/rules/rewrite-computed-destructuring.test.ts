// review-k's probe of destructured-members.ts (rewrite-z): a storing method destructured under a computed key is the
// same member as under its plain name — `const { ["keep"]: k } = keeper` and `` { [`keep`]: k } `` read `keeper.keep` —
// and a key computed from a value (`{ [name]: k }`) may read any member; before, only plain keys were followed, so
// `k(load(id)); return pending;` was fixed into a callback that holds the client until load's promise settles. Each
// refused form has a fixed twin that stores a plain value.
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import preferWithClient from "../../rules/prefer-with-client.js";
import { heldPromiseReason, heldReturnCases } from "../support/held-return-cases.js";
import { ruleTester } from "../support/rule-tester.js";

const HEAD = `const { query, pool } = require("./db");
`;
const LOAD = `async function load(id) {
  return (await query("SELECT 1", [id])).rows[0];
}
function find(id) {
  return { id };
}
let pending = null;
const keeper = { keep(p) { pending = p; } };
const member = "keep";
`;
const cases = heldReturnCases(HEAD, LOAD);
const refused = (lines: string) => ({ ...cases.refused(lines, heldPromiseReason("pending", undefined, true)), name: `refused: ${lines}` });
const fixed = (lines: string) => ({ ...cases.fixed(lines), name: `fixed: ${lines}` });

ruleTester.run("prefer-with-client: a storing method destructured under a computed key", preferWithClient, {
  valid: [],
  invalid: [
    refused('const { ["keep"]: k } = keeper;\n    k(load(id));\n    return pending;'),
    refused("const { [`keep`]: k } = keeper;\n    k(load(id));\n    return pending;"),
    refused("const { [member]: k } = keeper;\n    k(load(id));\n    return pending;"),
    fixed('const { ["keep"]: k } = keeper;\n    k(find(id));\n    return pending;'),
    fixed("const { [member]: k } = keeper;\n    k(find(id));\n    return pending;"),
    // A computed key naming another member: `k` is not `keep`.
    fixed('const { ["other"]: k = () => {} } = keeper;\n    k(load(id));\n    return pending;'),
  ],
});

describe("the rewrites of the twins", () => {
  it("parse", () => {
    expect(cases.outputs.length).toBeGreaterThan(0);
    for (const output of cases.outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
