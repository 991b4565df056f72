// The session's new readings (review-a, review-c, review-g, review-i, review-k) must never crash ESLint: every shape written to break them
// (reading-shapes/*.ts) is linted with all the plugin's rules, and no rule may throw or leave a message without a rule.
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/plugin.js";
import { cases as helperShapes } from "./reading-shapes/helper-shapes.js";
import { cases as tupleShapes } from "./reading-shapes/tuple-shapes.js";
import { cases as destructuredShapes } from "./reading-shapes/destructured-shapes.js";
import { cases as callbackFirstCallShapes } from "./reading-shapes/callback-first-call-shapes.js";
import { cases as nullArmShapes } from "./reading-shapes/null-arm-shapes.js";
import { cases as returnedCallShapes } from "./reading-shapes/returned-call-shapes.js";
import { cases as contextOptionShapes } from "./reading-shapes/context-option-shapes.js";
import { cases as laterReadingShapes } from "./reading-shapes/later-readings-shapes.js";
import { cases as session26Shapes } from "./reading-shapes/session-26-shapes.js";
import { cases as session27Shapes } from "./reading-shapes/session-27-shapes.js";
import { cases as session28Shapes } from "./reading-shapes/session-28-shapes.js";
import { cases as session29Shapes } from "./reading-shapes/session-29-shapes.js";
import { cases as session30Shapes } from "./reading-shapes/session-30-shapes.js";
import { cases as session31bShapes } from "./reading-shapes/session-31b-shapes.js";
import { cases as session31Shapes } from "./reading-shapes/session-31-shapes.js";
import { cases as session32Shapes } from "./reading-shapes/session-32-shapes.js";

const linter = new Linter({ configType: "flat" });
const rules = Object.fromEntries(Object.keys(plugin.rules).map((name) => [`poolguard/${name}`, "error" as const]));
const config: Linter.Config[] = [
  {
    files: ["**/*.ts", "**/*.tsx", "**/*.jsx"],
    languageOptions: { parser: tsParser as Linter.Parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    plugins: { poolguard: plugin },
    rules,
  },
];

for (const [reading, shapes] of [
  ["the answering helper", helperShapes],
  ["the tuple pair", tupleShapes],
  ["the destructured checkout", destructuredShapes],
  ["the callback released first thing", callbackFirstCallShapes],
  ["the nullish arm", nullArmShapes],
  ["the async call returned without await", returnedCallShapes],
  ["the GraphQL server's context option", contextOptionShapes],
  ["the lent store, the awaited promise, the settlers, the cleared store", laterReadingShapes],
  ["session 26's readings (context options, loans, promises awaited later, cleared stores, carried promises)", session26Shapes],
  ["session 27's readings (options in a variable, own Apollo integrations, wrapped loans, dropped connects, compared flags, resolved batches, assigned returns, $client, wrapped callees)", session27Shapes],
  ["session 28's readings (Apollo 2/3 formatResponse, throwing rejection handlers, never-run releases, batches returned, per-request hook stores, releasing wrapper methods, global pools, refused promise roads)", session28Shapes],
  ["session 29's readings (pool registries, done wrappers, unset release flags, finally jumps, later-function releases, co batches, formatResponse contexts, parameter-property defaults, functions declared between, imported error helpers)", session29Shapes],
  ["session 30's readings (class-field registries, lazy and forEach puts, unassigned query configs, CommonJS string keys, escaped storing methods, spreads, resolved clients)", session30Shapes],
  ["corpus-31b's readings (a release method read and dropped, a store into a function's local nothing releases)", session31bShapes],
  ["session 31's readings (unreleased local stores, member-lent releases, dropped release reads, handed-in pg modules, lent stores, ES5 error helpers, guarded and given-back runners, visited lists, spread copies, scope search)", session31Shapes],
  ["session 32's readings (node-machine exits, imported instances' checkout methods, kept promises raced)", session32Shapes],
] as const) {
  describe(`${reading}: no rule crashes`, () => {
    it.each(Object.entries(shapes))("%s", (name, code) => {
      const filename = name.endsWith("jsx") ? "file.jsx" : name.endsWith("tsx") ? "file.tsx" : "file.ts";
      const messages = linter.verify(code, config, { filename });
      expect(messages.filter((message) => message.fatal === true || message.ruleId === null)).toEqual([]);
    });
  });
}

// Plain JavaScript under ESLint's default parser, espree (trees without TypeScript's fields): the session 30 and 31
// shapes written in JavaScript (their names end in "js"; the JSX one as a .jsx file; "cjs" as a CommonJS script, whose
// top level is a function scope).
const espreeConfig: Linter.Config[] = [
  { files: ["**/*.js", "**/*.jsx", "**/*.cjs"], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } }, plugins: { poolguard: plugin }, rules },
];
describe("session 30's and 31's JavaScript shapes under espree: no rule crashes", () => {
  const javascript = [...Object.entries(session30Shapes), ...Object.entries(session31Shapes)].filter(([name]) => /(js|jsx)$/.test(name));
  it.each(javascript)("%s", (name, code) => {
    const filename = name.endsWith("jsx") ? "file.jsx" : name.endsWith("cjs") ? "file.cjs" : "file.js";
    const messages = linter.verify(code, espreeConfig, { filename });
    expect(messages.filter((message) => message.fatal === true || message.ruleId === null)).toEqual([]);
  });
});
describe("session 32's JavaScript shapes under espree: no rule crashes", () => {
  it.each(Object.entries(session32Shapes).filter(([name]) => name.endsWith("js")))("%s", (name, code) => {
    const messages = linter.verify(code, espreeConfig, { filename: "file.js" });
    expect(messages.filter((message) => message.fatal === true || message.ruleId === null)).toEqual([]);
  });
});
describe("corpus-31b's JavaScript shapes under espree: no rule crashes", () => {
  it.each(Object.entries(session31bShapes).filter(([name]) => name.endsWith("js")))("%s", (name, code) => {
    const messages = linter.verify(code, espreeConfig, { filename: "file.js" });
    expect(messages.filter((message) => message.fatal === true || message.ruleId === null)).toEqual([]);
  });
});
