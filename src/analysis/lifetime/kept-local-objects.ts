// A client put into an object the function makes and never lets out cannot be owned by that object: nobody outside
// the function ever sees it to release the client. Deep-Lynx's downloadStream (corpus-31a) checks a client out, gives
// it to `new LargeObjectManager({ pg: client })` (pg-large-object), calls one method of the manager and never releases:
// the construction was read as a hand-over to the manager. Read strictly, so that any doubt keeps the hand-over:
// - the made object is the `new X(…)` itself or an object literal given straight to it (through nested literals);
// - X is bound to an import or require of a package, not a class of the file or of a local module that may release
//   what it is given; nothing given to the construction is a function (a callback the object could release through);
// - the construction's value is the initialiser of a variable never written again, and every reference of that
//   variable calls a method of it whose result is dropped (`manager.open(…);`, `await manager.open(…);`), none of a
//   name that ends or gives back (`close`, `end`, `release`, `destroy`, …): not returned, stored, passed on, thrown or
//   resolved. A construction whose value is dropped at once stays a hand-over too (its constructor may register it).
//   A method whose camelCase or snake_case name holds an ending word (`releaseClient`, `closeAll`) ends too, and so
//   does the block's end for an object declared with `using` / `await using` (review-32b).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunction, someNodeBelow } from "../ast-walk.js";
import { findVariable } from "../find-variable.js";
import { isDroppedValue, memberPropertyName, parentSkippingWrappers, requiredModule, unwrapExpression } from "../node-shapes.js";
import { isWrittenAgain } from "../variable-references.js";

type Variable = TSESLint.Scope.Variable;

/** Methods whose call may end the object's work and give back what it holds. */
const ENDING_METHODS = new Set([
  "release",
  "end",
  "close",
  "destroy",
  "dispose",
  "done",
  "disconnect",
  "finish",
  "cleanup",
  "free",
  "shutdown",
  "stop",
  "quit",
  "commit",
  "rollback",
]);

/**
 * `parent` is where the reference `top` to the client sits — a property of an object literal or the `new` whose
 * argument it is. True when the object made around it stays in the function (see above), so it is no new owner.
 */
export function keptInLocalObject(
  top: TSESTree.Node,
  parent: TSESTree.Property | TSESTree.NewExpression,
  client: Variable | null,
): boolean {
  if (!client) return false;
  const construction = constructionAround(top, parent);
  if (!construction || !isPackageConstructor(construction.callee, client)) return false;
  if (someNodeBelow(construction.arguments, isFunction)) return false;
  const holder = parentSkippingWrappers(construction);
  if (holder?.type !== AST_NODE_TYPES.VariableDeclarator || holder.id.type !== AST_NODE_TYPES.Identifier) return false;
  // `using` / `await using` dispose of the object when the block ends: its `Symbol.(async)Dispose` may give the client back.
  if (holder.parent.kind !== "const" && holder.parent.kind !== "let" && holder.parent.kind !== "var") return false;
  if (!holder.init || unwrapExpression(holder.init) !== construction) return false;
  const variable = findVariable(client.scope, holder.id);
  if (!variable || variable.defs.length !== 1 || variable.defs[0]!.node !== holder || isWrittenAgain(variable)) return false;
  return variable.references.every((reference) => reference.init === true || callsKeptMethod(reference.identifier));
}

/** The `new X(…)` that `top` is an argument of, directly or through object literals given straight to it. */
function constructionAround(top: TSESTree.Node, parent: TSESTree.Property | TSESTree.NewExpression): TSESTree.NewExpression | null {
  let value: TSESTree.Node = top;
  let holder: TSESTree.Node | undefined = parent;
  for (;;) {
    if (holder?.type === AST_NODE_TYPES.NewExpression) {
      return holder.callee !== value && holder.arguments.some((argument) => unwrapExpression(argument) === unwrapExpression(value))
        ? holder
        : null;
    }
    if (holder?.type !== AST_NODE_TYPES.Property || holder.kind !== "init" || holder.value !== value) return null;
    const object = holder.parent;
    if (object?.type !== AST_NODE_TYPES.ObjectExpression) return null;
    value = object;
    holder = parentSkippingWrappers(object);
  }
}

/** `X` or `ns.X`, bound to an import or a require of a package (not a relative or aliased local module). */
function isPackageConstructor(callee: TSESTree.Node, client: Variable): boolean {
  let root = unwrapExpression(callee);
  while (root.type === AST_NODE_TYPES.MemberExpression && !root.computed) root = unwrapExpression(root.object);
  if (root.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(client.scope, root);
  if (!variable || variable.defs.length !== 1 || isWrittenAgain(variable)) return false;
  const definition = variable.defs[0]!;
  let source: string | null = null;
  if (definition.type === "ImportBinding") {
    const declaration = definition.node.parent;
    if (declaration?.type === AST_NODE_TYPES.ImportDeclaration && declaration.importKind !== "type") source = declaration.source.value;
  } else if (definition.type === "Variable" && definition.node.type === AST_NODE_TYPES.VariableDeclarator && definition.node.init) {
    // `const X = require("pkg")`, `const { X } = require("pkg")`, `const X = require("pkg").X`.
    let init = unwrapExpression(definition.node.init);
    while (init.type === AST_NODE_TYPES.MemberExpression && !init.computed) init = unwrapExpression(init.object);
    source = requiredModule(init);
  }
  return source !== null && isPackageSpecifier(source);
}

/** A package's name, not a path, a URL or a project alias (`@/db`, `~/db`, `$lib/db`, `#db`). */
function isPackageSpecifier(source: string): boolean {
  return /^(?:@[\w.-]+\/)?[\w][\w.-]*(?:\/|$)/.test(source);
}

/** A method name holding an ending word: `release`, `releaseClient`, `closeAll`, `end_session`. */
function isEndingName(name: string): boolean {
  return name.split(/_|(?<=[a-z0-9])(?=[A-Z])/).some((word) => ENDING_METHODS.has(word.toLowerCase()));
}

/** `identifier.method(…)`, a method of no ending name, whose result nobody takes. */
function callsKeptMethod(identifier: TSESTree.Node): boolean {
  const member = parentSkippingWrappers(identifier);
  if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(member.object) !== identifier) return false;
  const name = memberPropertyName(member);
  if (name === null || isEndingName(name)) return false;
  const call = parentSkippingWrappers(member);
  if (call?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(call.callee) !== member) return false;
  const awaited = parentSkippingWrappers(call);
  return isDroppedValue(awaited?.type === AST_NODE_TYPES.AwaitExpression ? awaited : call);
}
