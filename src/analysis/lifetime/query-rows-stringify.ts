// `JSON.stringify(result.rows)`: the rows a pg query gave, turned into text. With pg's default type parsers a row
// holds strings, numbers, booleans, nulls, Dates, Buffers, arrays and parsed JSON, which JSON.stringify writes without
// running anything that throws (only a BigInt, a cycle or a throwing toJSON would). Seen in
// spoonpaw/simple-message-board's SvelteKit routes, which release and then `return new Response(JSON.stringify(rows),
// …)` in a try whose catch releases too: counting the stringify as a throw point read as a double release.
//
// A file that registers a type parser (`types.setTypeParser(20, BigInt)` makes int8 columns BigInts, which
// JSON.stringify rejects) keeps every JSON.stringify a throw point; so does a value that is not plainly a query's
// rows: a helper's result, a variable assigned more than once, rows mapped through the program's own code.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";
import { memberPropertyName, unwrapExpression } from "../node-shapes.js";
import { saysName } from "../text-search.js";
import { stringifyArguments } from "./literal-values.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** `JSON.stringify(rows)` with one argument, where `rows` is a query's rows (see isQueryRows). */
export function isQueryRowsStringify(sourceCode: SourceCode, call: TSESTree.CallExpression): boolean {
  const args = stringifyArguments(call);
  if (args?.length !== 1) return false;
  // The file's text is scanned once, whatever the number of calls asked about (text-search.ts keeps the answer).
  if (saysName(sourceCode.text, "setTypeParser")) return false;
  return isQueryRows(sourceCode, args[0]!);
}

/**
 * `r.rows`, `r.rows[0]` with `const r = await x.query(…)`; a `const` holding one of those; `rows` destructured from
 * `const { rows } = await x.query(…)`.
 */
export function isQueryRows(sourceCode: SourceCode, node: TSESTree.Node): boolean {
  let value = unwrapExpression(node);
  if (value.type === AST_NODE_TYPES.Identifier) {
    const declarator = constDeclarator(sourceCode, value);
    if (!declarator) return false;
    if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) return isRowsPattern(declarator.id, value) && isAwaitedQuery(declarator.init);
    if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return false;
    value = unwrapExpression(declarator.init);
  }
  if (value.type === AST_NODE_TYPES.MemberExpression && value.computed) {
    const index = unwrapExpression(value.property);
    if (index.type !== AST_NODE_TYPES.Literal || typeof index.value !== "number") return false;
    value = unwrapExpression(value.object);
  }
  if (value.type !== AST_NODE_TYPES.MemberExpression || value.computed || memberPropertyName(value) !== "rows") return false;
  const result = unwrapExpression(value.object);
  if (result.type !== AST_NODE_TYPES.Identifier) return false;
  const declarator = constDeclarator(sourceCode, result);
  return declarator !== null && declarator.id.type === AST_NODE_TYPES.Identifier && isAwaitedQuery(declarator.init);
}

/** The `const` declarator that alone binds `identifier`'s variable, or null. */
function constDeclarator(sourceCode: SourceCode, identifier: TSESTree.Identifier): TSESTree.VariableDeclarator | null {
  const variable = findVariable(sourceCode.getScope(identifier), identifier);
  if (!variable || variable.defs.length !== 1) return null;
  const node = variable.defs[0]!.node;
  return node.type === AST_NODE_TYPES.VariableDeclarator && node.parent.kind === "const" ? node : null;
}

/** `{ rows }` (or `{ rows: name }`) binding `identifier` and nothing nested. */
function isRowsPattern(pattern: TSESTree.ObjectPattern, identifier: TSESTree.Identifier): boolean {
  return pattern.properties.some(
    (property) =>
      property.type === AST_NODE_TYPES.Property &&
      !property.computed &&
      property.key.type === AST_NODE_TYPES.Identifier &&
      property.key.name === "rows" &&
      property.value.type === AST_NODE_TYPES.Identifier &&
      property.value.name === identifier.name,
  );
}

/** `await x.query(…)`. */
function isAwaitedQuery(init: TSESTree.Expression | null | undefined): boolean {
  if (!init) return false;
  const awaited = unwrapExpression(init);
  if (awaited.type !== AST_NODE_TYPES.AwaitExpression) return false;
  const call = unwrapExpression(awaited.argument);
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed && memberPropertyName(callee) === "query";
}
