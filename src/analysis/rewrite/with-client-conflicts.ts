// The leak suggestion drops the `c.release();` statements it finds and lets withClient release the client at the end
// of the block. Code that releases the client some other way would keep doing so inside withClient, and the second
// release throws ("Release called on client which has already been released to the pool"); a client that LISTENs is
// meant to stay checked out. Such code gets no rewrite.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunction } from "../ast-walk.js";
import { memberPropertyName, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";

type Source = Readonly<TSESLint.SourceCode>;

/** `x.release` where `x` is `identifier` (through wrappers), or null. */
function releaseMemberOf(identifier: TSESTree.Identifier | TSESTree.JSXIdentifier): TSESTree.MemberExpression | null {
  if (identifier.type !== AST_NODE_TYPES.Identifier) return null;
  const parent = parentSkippingWrappers(identifier);
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(parent.object) !== identifier) return null;
  return memberPropertyName(parent) === "release" ? parent : null;
}

/** The function a plain callee names in this file (`function f() {}`, `const f = (…) => …`), or null. */
function localFunction(source: Source, callee: TSESTree.Node): TSESTree.FunctionLike | null {
  if (callee.type !== AST_NODE_TYPES.Identifier) return null;
  for (let scope: TSESLint.Scope.Scope | null = source.getScope(callee); scope; scope = scope.upper) {
    const variable = scope.set.get(callee.name);
    if (!variable) continue;
    const definition = variable.defs[0];
    if (definition?.type === "FunctionName" && isFunction(definition.node)) return definition.node;
    if (definition?.type === "Variable" && definition.node.init) {
      const init = unwrapExpression(definition.node.init);
      return isFunction(init) ? init : null;
    }
    return null;
  }
  return null;
}

/** Whether `fn` calls or passes on `.release` of its parameter number `index`. */
function releasesParameter(source: Source, fn: TSESTree.FunctionLike, index: number): boolean {
  let param = fn.params[index];
  if (param?.type === AST_NODE_TYPES.AssignmentPattern) param = param.left;
  if (param?.type !== AST_NODE_TYPES.Identifier) return false;
  const name = param.name;
  const variable = source.getDeclaredVariables(fn).find((candidate) => candidate.name === name);
  return variable?.references.some((reference) => releaseMemberOf(reference.identifier) !== null) ?? false;
}

/** `c.on("notification", …)` (or once/addListener), or `c.query("LISTEN …")`: the client is kept to listen. */
function listens(identifier: TSESTree.Identifier): boolean {
  const member = parentSkippingWrappers(identifier);
  if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(member.object) !== identifier) return false;
  const call = parentSkippingWrappers(member);
  if (call?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(call.callee) !== member) return false;
  const first = call.arguments[0];
  const text =
    first?.type === AST_NODE_TYPES.Literal && typeof first.value === "string"
      ? first.value
      : first?.type === AST_NODE_TYPES.TemplateLiteral
        ? (first.quasis[0]?.value.cooked ?? "")
        : "";
  switch (memberPropertyName(member)) {
    case "on":
    case "once":
    case "addListener":
      return text === "notification";
    case "query":
      return /^\s*listen\s/i.test(text);
    default:
      return false;
  }
}

/**
 * Why withClient must not release the client at the end of the block, or null: `c.release` is handed on
 * (`res.on("close", c.release.bind(c))`), `c` goes to a function of this file that releases its parameter, or `c`
 * LISTENs (a leak still, but one to fix by releasing in the code that stops listening, not here).
 */
export function withClientConflict(source: Source, client: TSESLint.Scope.Variable, moved: [number, number]): string | null {
  for (const reference of client.references) {
    const identifier = reference.identifier;
    if (identifier.range[0] < moved[0] || identifier.range[1] > moved[1]) continue;
    if (identifier.type === AST_NODE_TYPES.Identifier && listens(identifier)) {
      return "the client LISTENs, so it is meant to stay checked out after the block";
    }
    const member = releaseMemberOf(identifier);
    if (member) {
      const call = parentSkippingWrappers(member);
      const called = call?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(call.callee) === member;
      if (!called) return `\`${client.name}.release\` is handed on rather than called, so withClient would release twice`;
      continue;
    }
    const call = parentSkippingWrappers(identifier);
    if (call?.type !== AST_NODE_TYPES.CallExpression) continue;
    const index = call.arguments.findIndex((argument) => unwrapExpression(argument) === identifier);
    const fn = index < 0 ? null : localFunction(source, call.callee);
    if (fn && releasesParameter(source, fn, index)) {
      return `the client is passed to \`${source.getText(call.callee)}\`, which releases it, so withClient would release twice`;
    }
  }
  return null;
}
