// A checkout stored into a local variable of a function — `db = database` in the callback of a checkout taken inside a
// socket.io 'connect' handler, whose other handlers query the handler's `let db` for the player's whole session
// (yusufkryll/MultiplayerWordleServer) — is a hand-over only when something can give it back. It is none when no
// reference of that variable releases it or lets it go further: every other reference queries it (`db.query(…)`, any
// method but a release), tests it, writes it anew (`db = null`), or hands it to a function of the file whose parameter
// is read the same way (followed through the file's functions, each once). Anything else — a release (`db.release()`,
// `end`, `destroy`, `done`), the method taken (`db.release`), a release further along a chain of the client's own
// methods (`db.on(…).release()`), a return, a store elsewhere, an object or array holding it, a call of an import or of
// a method, a function that reads `arguments` — keeps the store a hand-over. Module-scope variables (a CommonJS
// script's top level too) are left to module-held-clients.ts and exported-clients.ts: a module may hold a client for
// the process on purpose.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { resolveIdentifier } from "../find-variable.js";
import { memberPropertyName, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import { receivingParameter } from "./client-use.js";
import { isTestPosition, wrappedExpression } from "./client-references.js";

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

const GIVING_BACK = new Set(["release", "end", "destroy", "done"]);

/**
 * Whether `identifier`, a reference to the client that classifyReference calls a transfer, is the right side of a
 * statement `v = client;` storing it into a variable declared in a function (not the module) which nothing releases
 * or lets go further.
 */
export function storedInUnreleasedLocal(identifier: TSESTree.Identifier, sourceCode: SourceCode): boolean {
  const assignment = parentSkippingWrappers(identifier);
  if (
    assignment?.type !== AST_NODE_TYPES.AssignmentExpression ||
    assignment.left.type !== AST_NODE_TYPES.Identifier ||
    assignment.parent?.type !== AST_NODE_TYPES.ExpressionStatement
  ) {
    return false;
  }
  const holder = resolveIdentifier(sourceCode, assignment.left);
  // A CommonJS script's top level is a function scope too (`sourceType: "commonjs"`, ESLint's default for .cjs): its
  // block is the Program, and the module's variables are left to module-held-clients.ts.
  const scope = holder?.scope.variableScope;
  return holder !== null && scope?.type === "function" && scope.block.type !== AST_NODE_TYPES.Program && onlyRead(holder, sourceCode, new Set());
}

/** Every reference of `variable` reads the client without giving it back or letting it go further. */
function onlyRead(variable: Variable, sourceCode: SourceCode, seen: Set<Variable>): boolean {
  if (seen.has(variable)) return true;
  seen.add(variable);
  // A parameter of a function that reads `arguments` may leave by it (`kept.push(arguments[0])`).
  if (variable.defs[0]?.type === "Parameter" && (variable.scope.set.get("arguments")?.references.length ?? 0) > 0) return false;
  return variable.references.every((reference) => {
    if (reference.isWrite() && !reference.isRead()) return true;
    const identifier = reference.identifier as TSESTree.Identifier;
    const parent = parentSkippingWrappers(identifier);
    if (!parent) return false;
    if (parent.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(parent.object) === identifier) return queried(parent) && !chainGivesBack(parent);
    if (isTestPosition(parent, wrappedExpression(identifier))) return true;
    const parameter = parent.type === AST_NODE_TYPES.CallExpression ? receivingParameter(reference, sourceCode) : null;
    return parameter !== null && onlyRead(parameter, sourceCode, seen);
  });
}

/**
 * `v.on("error", f).release()`: a method of the client that answers the client itself (an emitter's `on`, `off`…)
 * and a release of what it answers, further along the chain.
 */
function chainGivesBack(member: TSESTree.MemberExpression): boolean {
  let node: TSESTree.Node = member;
  for (let parent = parentSkippingWrappers(node); parent; parent = parentSkippingWrappers(node)) {
    const chained =
      (parent.type === AST_NODE_TYPES.CallExpression && unwrapExpression(parent.callee) === node) ||
      (parent.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(parent.object) === node);
    if (!chained) return false;
    if (parent.type === AST_NODE_TYPES.MemberExpression && !queried(parent)) return true;
    node = parent;
  }
  return false;
}

/** `v.query(…)`, `v.processID`: a member named statically, other than one that gives the client back or the release taken. */
function queried(member: TSESTree.MemberExpression): boolean {
  const name = memberPropertyName(member);
  return name !== null && !GIVING_BACK.has(name);
}
