// Calls into packages whose functions are known not to throw for what programs pass them, bound by an import or a
// require of that package (never by the name alone: a `uniqueId` or `patch` of the project's own may do anything).
// - lodash's `uniqueId`, `noop`, `identity` and type predicates (`isNil`, `isString`, …): they read their argument's
//   type and return (corpus: knex's wrapNativePool tags each checkout with `uniqueId("__knexUid")`);
// - node-postgres-named's `patch(client)`: it reads `client.query`, binds it and stores a wrapper in its place, which
//   cannot throw for a pg client (corpus: BruceFletcher/node-red-contrib-postgres-multi).
// - terminal colour packages' styles (chalk, picocolors, kleur, colorette, ansi-colors), alone or chained
//   (`chalk.red(…)`, `chalk.bold.red(…)`, `pc.cyan(…)`): they join their arguments into a string wrapped in escape
//   codes (corpus: manasdb's test script logs `console.error(chalk.red("[ERROR]"), err)` before `process.exit(1)`);
//   a style bound by its own name (`const { red } = require("kleur")`) where the package documents named styles
//   (kleur, kleur/colors, picocolors, colorette; kkumarcodes/Shopmost's installer prints its errors with `red(…)`);
// - a Response built from literals by SvelteKit's `json(…)` or Next.js's `NextResponse.json(…)` (and the global
//   `Response.json(…)`): literal-responses.ts;
// - node:path's `join`/`resolve` of string literals and `__dirname`: literal-paths.ts.
// Anything else of these packages, or a binding that is reassigned or declared twice, stays a throw point.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { memberPropertyName, unwrapExpression } from "../node-shapes.js";
import { isLiteralPathCall } from "./literal-paths.js";
import { isLiteralResponseCall } from "./literal-responses.js";
import { packageBinding, type PackageBinding } from "./package-bindings.js";

const LODASH_FUNCTIONS = new Set([
  "uniqueId",
  "noop",
  "identity",
  "isNil",
  "isNull",
  "isUndefined",
  "isString",
  "isNumber",
  "isBoolean",
  "isFunction",
  "isObject",
  "isObjectLike",
  "isPlainObject",
  "isArray",
]);
const LODASH_PACKAGES = new Set(["lodash", "lodash-es"]);
/** Package → its functions that cannot throw; a package imported whole gives them as members. */
const KNOWN_PACKAGES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...[...LODASH_PACKAGES].map((name) => [name, LODASH_FUNCTIONS] as const),
  ["node-postgres-named", new Set(["patch"])],
]);
const ALL_NAMES = new Set([...KNOWN_PACKAGES.values()].flatMap((names) => [...names]));
const COLOR_PACKAGES = new Set(["chalk", "picocolors", "kleur", "colorette", "ansi-colors"]);
/** Colour packages whose styles work unbound, imported or destructured by name (`import { red } from "colorette"`). */
const NAMED_COLOR_PACKAGES = new Set(["picocolors", "kleur", "kleur/colors", "colorette"]);
/** chalk's modifiers and its foreground and background colours, the names the other packages share. */
const COLOR_STYLE =
  /^(?:reset|bold|dim|italic|underline|overline|inverse|hidden|strikethrough|visible|(?:black|red|green|yellow|blue|magenta|cyan|white|gray|grey)(?:Bright)?|bg(?:Black|Red|Green|Yellow|Blue|Magenta|Cyan|White|Gray|Grey)(?:Bright)?)$/;

/** `lodash/uniqueId`, `lodash-es/uniqueId.js`, `lodash.uniqueid`: one lodash function as a module of its own. */
function lodashModuleFunction(source: string): string | null {
  const perMethod = /^lodash(?:-es)?\/(\w+?)(?:\.js)?$/.exec(source);
  if (perMethod) return LODASH_FUNCTIONS.has(perMethod[1]!) ? perMethod[1]! : null;
  const standalone = /^lodash\.(\w+)$/.exec(source);
  if (!standalone) return null;
  return [...LODASH_FUNCTIONS].find((name) => name.toLowerCase() === standalone[1]) ?? null;
}

/** Whether `binding` (with `member` read off it, if any) is one of the known functions. */
function isKnownFunction(binding: PackageBinding, member: string | null): boolean {
  if (member === null) {
    if (binding.name === null) return lodashModuleFunction(binding.source) !== null;
    return KNOWN_PACKAGES.get(binding.source)?.has(binding.name) === true;
  }
  return binding.name === null && KNOWN_PACKAGES.get(binding.source)?.has(member) === true;
}

/**
 * `uniqueId("t")` with `uniqueId` from lodash, `_.isNil(x)` with `_` lodash, `named.patch(client)` with `named`
 * node-postgres-named: a call that cannot throw. The function's name is looked at before any scope lookup, and a
 * function is known only under its own name.
 */
export function isThrowFreePackageCall(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression): boolean {
  if (isLiteralResponseCall(sourceCode, call) || isLiteralPathCall(sourceCode, call)) return true;
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    if (COLOR_STYLE.test(callee.name)) {
      const binding = packageBinding(sourceCode, callee);
      return binding !== null && binding.name === callee.name && NAMED_COLOR_PACKAGES.has(binding.source);
    }
    // Only under the function's own name: `const uid = require("lodash/uniqueId")` stays a throw point (no lookup
    // for every other call).
    if (!ALL_NAMES.has(callee.name)) return false;
    const binding = packageBinding(sourceCode, callee);
    return binding !== null && isKnownFunction(binding, null);
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || call.optional) return false;
  const member = memberPropertyName(callee);
  if (member !== null && COLOR_STYLE.test(member)) return isColorStyle(sourceCode, callee);
  const object = unwrapExpression(callee.object);
  if (member === null || !ALL_NAMES.has(member) || object.type !== AST_NODE_TYPES.Identifier) return false;
  const binding = packageBinding(sourceCode, object);
  return binding !== null && isKnownFunction(binding, member);
}

/** `chalk.red`, `chalk.bold.red`, `pc.cyan`: a chain of style names read off a colour package bound as a whole. */
function isColorStyle(sourceCode: Readonly<TSESLint.SourceCode>, callee: TSESTree.MemberExpression): boolean {
  let current: TSESTree.Node = callee;
  while (current.type === AST_NODE_TYPES.MemberExpression) {
    const name = current.computed ? null : memberPropertyName(current);
    if (name === null || !COLOR_STYLE.test(name)) return false;
    current = unwrapExpression(current.object);
  }
  if (current.type !== AST_NODE_TYPES.Identifier) return false;
  const binding = packageBinding(sourceCode, current);
  return binding !== null && binding.name === null && COLOR_PACKAGES.has(binding.source);
}

/**
 * `_.get(x, …)` with `_` lodash, or `get(x, …)` with `get` imported from lodash: a call of one of `names` (lodash's
 * own names), bound by an import or a require of the package as a whole or of that function.
 */
export function isLodashCall(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression, names: ReadonlySet<string>): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    if (!names.has(callee.name)) return false;
    const binding = packageBinding(sourceCode, callee);
    return binding !== null && LODASH_PACKAGES.has(binding.source) && binding.name === callee.name;
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) return false;
  const member = memberPropertyName(callee);
  const object = unwrapExpression(callee.object);
  if (member === null || !names.has(member) || object.type !== AST_NODE_TYPES.Identifier) return false;
  const binding = packageBinding(sourceCode, object);
  return binding !== null && LODASH_PACKAGES.has(binding.source) && binding.name === null;
}
