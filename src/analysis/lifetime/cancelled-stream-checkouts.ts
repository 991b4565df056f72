// A web stream whose source's start() checks a client out into a variable of the enclosing scope for its cancel() to
// release (`client = await pool.connect()` … `cancel() { if (client) client.release(); }`): a Server-Sent Events
// route holding one LISTEN client per browser, saltycrane/next-sse-postgres-example's createMessageStream. The store is
// a hand-over to cancel(), but a ReadableStream runs its source's cancel() without waiting for start() to settle: a
// browser that leaves while `pool.connect()` is still pending (the longer, the busier the pool) cancels the stream
// while the variable is still empty, and the client stored after it is never released. Read only when the variable
// is start()'s and cancel()'s alone, start() gives the client back only in a `catch` (a release on its normal path
// would come after a cancel too), and start() never tests, outside a `catch`, a variable cancel() writes with a branch
// that releases the client (`if (cancelled) { client.release(); return; }` right after the checkout closes the race).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { Acquisition } from "./acquisition.js";
import type { Leak } from "./lifetime-findings.js";
import { isReleaseCallee } from "./outer-client-variable.js";
import { someNodeBelow } from "../ast-walk.js";
import { resolveIdentifier } from "../find-variable.js";
import { encloses, isFunctionNode, parentSkippingWrappers, staticKeyName, unwrapExpression, type FunctionNode } from "../node-shapes.js";

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** The leak of `acquisition`'s client when a cancel of its stream can come before the store (see above), or null. */
export function cancelledStreamLeak(acquisition: Acquisition, sourceCode: SourceCode): Leak | null {
  const { binding, owner } = acquisition;
  if (acquisition.style !== "await" || acquisition.wrapped === true || acquisition.pgPromise === true || !isFunctionNode(owner)) return null;
  if (binding.type !== AST_NODE_TYPES.AssignmentExpression || binding.operator !== "=" || binding.left.type !== AST_NODE_TYPES.Identifier) return null;
  const cancel = streamCancelOf(owner);
  if (!cancel) return null;
  const holder = resolveIdentifier(sourceCode, binding.left);
  const declared = holder?.defs[0]?.name;
  if (!holder || !declared || encloses(owner, declared) || encloses(cancel, declared)) return null;
  const names = new Set<TSESTree.Node>(holder.references.map((reference) => reference.identifier));
  const sharedElsewhere = holder.references.some(
    (reference) => reference.init !== true && !encloses(owner, reference.identifier) && !encloses(cancel, reference.identifier),
  );
  if (sharedElsewhere || !releasesBelow(cancel.body, names)) return null;
  if (releasesOnNormalPath(owner, names)) return null;
  if (checksCancelAfter(owner, binding, writtenVariables(cancel, holder, sourceCode), names, sourceCode)) return null;
  const line = acquisition.call.loc.start.line;
  return { acquisition, cause: "cancelledBeforeStored", at: acquisition.call, line, exit: "call", tryStatement: null, stream: { holder: binding.left.name } };
}

/**
 * The `cancel` function of the object literal `owner` is the `start` of, when that literal is the source handed to
 * `new ReadableStream(…)`; else null.
 */
function streamCancelOf(owner: FunctionNode): FunctionNode | null {
  const property = owner.parent;
  if (property?.type !== AST_NODE_TYPES.Property || property.value !== owner || property.computed || staticKeyName(property.key) !== "start") return null;
  const source = property.parent;
  if (source.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const construction = parentSkippingWrappers(source);
  if (construction?.type !== AST_NODE_TYPES.NewExpression || construction.arguments[0] === undefined || unwrapExpression(construction.arguments[0]) !== source) return null;
  const callee = unwrapExpression(construction.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== "ReadableStream") return null;
  for (const element of source.properties) {
    if (element.type !== AST_NODE_TYPES.Property || element.computed || staticKeyName(element.key) !== "cancel") continue;
    const value = unwrapExpression(element.value);
    return isFunctionNode(value) ? value : null;
  }
  return null;
}

/** Whether `holder.release(…)` is written at or below `roots`, in functions nested there too. */
function releasesBelow(roots: readonly TSESTree.Node[] | TSESTree.Node | null | undefined, names: ReadonlySet<TSESTree.Node>): boolean {
  if (!roots) return false;
  return someNodeBelow(Array.isArray(roots) ? roots : [roots], (node) => names.has(node) && isReleaseCallee(node));
}

/** Whether start() releases the client outside every `catch` (its own code, not a nested function's). */
function releasesOnNormalPath(owner: FunctionNode, names: ReadonlySet<TSESTree.Node>): boolean {
  if (!owner.body) return false;
  return someNodeBelow([owner.body], (node) => {
    if (node.type === AST_NODE_TYPES.CatchClause || isFunctionNode(node)) return "skip";
    return names.has(node) && isReleaseCallee(node);
  });
}

/** The variables cancel() assigns (`closed = true`, `isControllerActive = false`), the holder itself left out. */
function writtenVariables(cancel: FunctionNode, holder: Variable, sourceCode: SourceCode): Set<Variable> {
  const written = new Set<Variable>();
  someNodeBelow([cancel.body], (node) => {
    if (node.type !== AST_NODE_TYPES.AssignmentExpression) return false;
    const target = unwrapExpression(node.left);
    if (target.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = resolveIdentifier(sourceCode, target);
    if (variable && variable !== holder) written.add(variable);
    return false;
  });
  return written;
}

/**
 * Whether start(), after the checkout and outside every `catch`, tests a variable cancel() writes in an `if` (or a
 * conditional expression) one of whose branches releases the client.
 */
function checksCancelAfter(
  owner: FunctionNode,
  store: TSESTree.AssignmentExpression,
  flags: ReadonlySet<Variable>,
  names: ReadonlySet<TSESTree.Node>,
  sourceCode: SourceCode,
): boolean {
  if (flags.size === 0 || !owner.body) return false;
  const readsFlag = (test: TSESTree.Node) =>
    someNodeBelow([test], (node) => {
      if (node.type !== AST_NODE_TYPES.Identifier) return false;
      const variable = resolveIdentifier(sourceCode, node);
      return variable !== null && flags.has(variable);
    });
  return someNodeBelow([owner.body], (node) => {
    if (node.type === AST_NODE_TYPES.CatchClause || isFunctionNode(node)) return "skip";
    if (node.range[0] < store.range[1]) return false;
    if (node.type !== AST_NODE_TYPES.IfStatement && node.type !== AST_NODE_TYPES.ConditionalExpression) return false;
    return readsFlag(node.test) && (releasesBelow(node.consequent, names) || releasesBelow(node.alternate, names));
  });
}
