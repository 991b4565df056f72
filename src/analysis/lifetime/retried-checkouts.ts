// A checkout stored where others read it — an outer variable (`client = await pool.connect()`) or a field
// (`this.client = …`) — is a hand-over, and the function holds nothing after the store. One shape loses it all the
// same: the store is a statement of a `try` whose `catch` runs the same function again (at once, from a timer, or
// through a helper of the file that does), and that function reaches the checkout again on every run, with nothing
// before it that tests, releases or returns (a stop guard on a flag the function never writes aside: the leak is then
// the path where it stays clear). The store may sit in one branch of an `if` whose other branch stores into the same
// holder (LocalProtestOrg's realtime listener: a dedicated Client or the pool's): every run overwrites it all the
// same. A call after the store that throws then leads to a second checkout that overwrites the first, which nothing
// releases: the LISTEN client of socket.io-postgres-adapter before c00716d,
// rescheduled by its own catch. Only the plain shape is read: the catch and any `finally` never name the stored
// client, the function is a named function, a `const` arrow or a class method, and the throwing call only uses the
// client (`client.query(…)`), never passes it on.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { Acquisition } from "./acquisition.js";
import { declaredFunction, resolveIdentifier } from "../find-variable.js";
import { encloses, isFunctionNode, memberPropertyName, parentSkippingWrappers, unwrapExpression, type FunctionNode } from "../node-shapes.js";
import { someNodeBelow } from "../ast-walk.js";
import { isTimerCall } from "../timers.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

export interface RetryOverwrite {
  /** The first call or `await` after the store, whose throw reaches the catch. */
  at: TSESTree.Node;
  tryStatement: TSESTree.TryStatement;
  /** The store's target as written (`client`, `this.client`) and the function the catch runs again. */
  holder: string;
  retried: string;
}

/** How the function that checks out is called again: by its binding, or as `this.name()` from its class. */
type Self = { variable: TSESLint.Scope.Variable } | { method: string; body: TSESTree.ClassBody };

/** The retry that loses `acquisition`'s client (see above), or null. */
export function retriedFromCatch(acquisition: Acquisition, sourceCode: SourceCode): RetryOverwrite | null {
  if (acquisition.target !== "transferred" || acquisition.style !== "await" || acquisition.pgPromise === true) return null;
  const assignment = acquisition.binding;
  if (assignment.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== "=") return null;
  const statement = parentSkippingWrappers(assignment);
  const holds = holderTest(assignment.left, sourceCode);
  const placed = statement?.type === AST_NODE_TYPES.ExpressionStatement && holds ? placeInTry(statement, holds) : null;
  if (!placed || !holds) return null;
  const { tryStatement, before: beforeInTry, after } = placed;
  const handler = tryStatement.handler;
  const body = tryStatement.parent;
  const fn = body?.parent;
  if (!handler || body?.type !== AST_NODE_TYPES.BlockStatement || !fn || !isFunctionNode(fn) || fn.body !== body) return null;
  const self = selfOf(fn, sourceCode);
  if (!self) return null;
  // Every run reaches the store: nothing before it names the client or leaves the function, but a stop guard.
  const before = [...body.body.slice(0, body.body.indexOf(tryStatement)).filter((node) => !isStopGuard(node, fn, holds, sourceCode)), ...beforeInTry];
  if (before.some((node) => mentions(node, (n) => holds(n) || n.type === AST_NODE_TYPES.ReturnStatement || n.type === AST_NODE_TYPES.ThrowStatement))) {
    return null;
  }
  if (mentions(handler, holds) || (tryStatement.finalizer && mentions(tryStatement.finalizer, holds))) return null;
  const at = firstThrowAfter(after, holds);
  if (!at || !runsAgain(handler.body, self, sourceCode, 1)) return null;
  return { at, tryStatement, holder: sourceCode.getText(assignment.left), retried: selfName(self) };
}

interface TryPlace {
  tryStatement: TSESTree.TryStatement;
  /** What runs in the try before the store (an `if`'s test among them), and what runs after it. */
  before: TSESTree.Node[];
  after: TSESTree.Node[];
}

/**
 * Where the store's statement sits: a statement of a `try` block, or one of an `if` that is, when the `if`'s other
 * branch stores into the same holder too (`if (direct) client = await connectDirect(); else client = await
 * pool.connect();`): then every run overwrites the holder, whichever branch it takes, and the test need not be read.
 */
function placeInTry(statement: TSESTree.ExpressionStatement, holds: (node: TSESTree.Node) => boolean): TryPlace | null {
  const direct = inTryBlock(statement);
  if (direct) return { tryStatement: direct.tryStatement, before: direct.before, after: direct.after };
  const branch = statement.parent?.type === AST_NODE_TYPES.BlockStatement ? statement.parent : statement;
  const choice = branch.parent;
  if (choice?.type !== AST_NODE_TYPES.IfStatement || !choice.alternate) return null;
  const other = choice.consequent === branch ? choice.alternate : choice.alternate === branch ? choice.consequent : null;
  const outer = inTryBlock(choice);
  if (!other || !outer || !storesFirst(other, holds)) return null;
  const list = branch === statement ? [statement] : (branch as TSESTree.BlockStatement).body;
  const at = list.indexOf(statement);
  return { tryStatement: outer.tryStatement, before: [...outer.before, choice.test, ...list.slice(0, at)], after: [...list.slice(at + 1), ...outer.after] };
}

/** `statement` is a statement of a `try` block: the try, and the statements before and after it there. */
function inTryBlock(statement: TSESTree.Node): TryPlace | null {
  const block = statement.parent;
  const tryStatement = block?.parent;
  if (block?.type !== AST_NODE_TYPES.BlockStatement || tryStatement?.type !== AST_NODE_TYPES.TryStatement || tryStatement.block !== block) return null;
  const at = block.body.indexOf(statement as TSESTree.Statement);
  return { tryStatement, before: block.body.slice(0, at), after: block.body.slice(at + 1) };
}

/** The branch stores into the holder (`client = …`) before anything that names it, returns or throws. */
function storesFirst(branch: TSESTree.Statement, holds: (node: TSESTree.Node) => boolean): boolean {
  const list = branch.type === AST_NODE_TYPES.BlockStatement ? branch.body : [branch];
  const at = list.findIndex((node) => {
    const expression = node.type === AST_NODE_TYPES.ExpressionStatement ? unwrapExpression(node.expression) : null;
    return expression?.type === AST_NODE_TYPES.AssignmentExpression && expression.operator === "=" && holds(unwrapExpression(expression.left));
  });
  if (at < 0) return false;
  const store = list[at] as TSESTree.ExpressionStatement;
  const right = (unwrapExpression(store.expression) as TSESTree.AssignmentExpression).right;
  return ![...list.slice(0, at), right].some((node) => mentions(node, (n) => holds(n) || n.type === AST_NODE_TYPES.ReturnStatement || n.type === AST_NODE_TYPES.ThrowStatement));
}

/**
 * `if (stopped) return;` before the try: a flag the function itself never writes, read with no call. The retry may
 * find it set (a stop in between) and store nothing; the leak is the path where it stays clear, as on the first run.
 */
function isStopGuard(node: TSESTree.Node, fn: FunctionNode, holds: (node: TSESTree.Node) => boolean, sourceCode: SourceCode): boolean {
  if (node.type !== AST_NODE_TYPES.IfStatement || node.alternate) return false;
  const exit = node.consequent.type === AST_NODE_TYPES.BlockStatement && node.consequent.body.length === 1 ? node.consequent.body[0]! : node.consequent;
  return exit.type === AST_NODE_TYPES.ReturnStatement && exit.argument === null && isUnwrittenFlag(node.test, fn, holds, sourceCode);
}

/** A test of plain names, `this.field`s, `!`, `&&` and `||`, none of them the holder, none written inside `fn`. */
function isUnwrittenFlag(test: TSESTree.Node, fn: FunctionNode, holds: (node: TSESTree.Node) => boolean, sourceCode: SourceCode): boolean {
  const node = unwrapExpression(test);
  if (holds(node)) return false;
  if (node.type === AST_NODE_TYPES.UnaryExpression) return node.operator === "!" && isUnwrittenFlag(node.argument, fn, holds, sourceCode);
  if (node.type === AST_NODE_TYPES.LogicalExpression) {
    return node.operator !== "??" && isUnwrittenFlag(node.left, fn, holds, sourceCode) && isUnwrittenFlag(node.right, fn, holds, sourceCode);
  }
  if (node.type === AST_NODE_TYPES.Identifier) {
    const variable = resolveIdentifier(sourceCode, node);
    return variable !== null && !variable.references.some((reference) => reference.isWrite() && encloses(fn, reference.identifier));
  }
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.object.type !== AST_NODE_TYPES.ThisExpression) return false;
  const field = memberPropertyName(node);
  return (
    field !== null &&
    !mentions(fn.body, (n) => {
      const target = n.type === AST_NODE_TYPES.AssignmentExpression ? n.left : n.type === AST_NODE_TYPES.UpdateExpression ? n.argument : null;
      const written = target ? unwrapExpression(target) : null;
      return written?.type === AST_NODE_TYPES.MemberExpression && written.object.type === AST_NODE_TYPES.ThisExpression && memberPropertyName(written) === field;
    })
  );
}

/** A test for the nodes that name the store's target: the outer variable, or `this.field`; null for other targets. */
function holderTest(target: TSESTree.Node, sourceCode: SourceCode): ((node: TSESTree.Node) => boolean) | null {
  const left = unwrapExpression(target);
  if (left.type === AST_NODE_TYPES.Identifier) {
    const variable = resolveIdentifier(sourceCode, left);
    if (!variable) return null;
    const references = new Set<TSESTree.Node>(variable.references.map((reference) => reference.identifier));
    return (node) => references.has(node);
  }
  if (left.type !== AST_NODE_TYPES.MemberExpression || left.object.type !== AST_NODE_TYPES.ThisExpression) return null;
  const field = memberPropertyName(left);
  if (field === null) return null;
  return (node) => node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.ThisExpression && memberPropertyName(node) === field;
}

/** The function's own binding (`function f`, `const f = async () => …`) or its class method's name. */
function selfOf(fn: FunctionNode, sourceCode: SourceCode): Self | null {
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.MethodDefinition && parent.value === fn) {
    const method = methodName(parent);
    return method !== null && !parent.static && parent.kind === "method" ? { method, body: parent.parent } : null;
  }
  const declarator = fn.type === AST_NODE_TYPES.FunctionDeclaration ? fn : parent?.type === AST_NODE_TYPES.VariableDeclarator ? parent : null;
  if (!declarator) return null;
  const variable = sourceCode.getDeclaredVariables(declarator).find((candidate) => declaredFunction(candidate) === fn);
  return variable ? { variable } : null;
}

function methodName(member: TSESTree.MethodDefinition): string | null {
  return !member.computed && member.key.type === AST_NODE_TYPES.Identifier ? member.key.name : null;
}

function selfName(self: Self): string {
  return "variable" in self ? self.variable.name : `this.${self.method}`;
}

/** Some node at or below `root`, nested functions included, passes `test`. */
function mentions(root: TSESTree.Node, test: (node: TSESTree.Node) => boolean): boolean {
  return someNodeBelow([root], (node) => test(node));
}

/**
 * The first call or `await` of `statements` (nested functions aside, timers aside: they do not throw), when every
 * mention of the client up to it is as the receiver of a method (`client.query(…)`): then the client is still the
 * store's alone when it throws.
 */
function firstThrowAfter(statements: readonly TSESTree.Node[], holds: (node: TSESTree.Node) => boolean): TSESTree.Node | null {
  const throwing: TSESTree.Node[] = [];
  const mentioned: TSESTree.Node[] = [];
  someNodeBelow(statements, (node) => {
    if (isFunctionNode(node)) return "skip";
    if (holds(node)) mentioned.push(node);
    const throws = node.type === AST_NODE_TYPES.AwaitExpression || node.type === AST_NODE_TYPES.NewExpression || (node.type === AST_NODE_TYPES.CallExpression && !isTimerCall(node));
    if (throws) throwing.push(node);
    return false;
  });
  const at = throwing.reduce<TSESTree.Node | null>((earliest, node) => (earliest && earliest.range[0] <= node.range[0] ? earliest : node), null);
  if (!at) return null;
  return mentioned.every((node) => node.range[0] >= at.range[1] || isReceiver(node)) ? at : null;
}

/** `client.query(…)`: the node is the object of a member that is called. */
function isReceiver(node: TSESTree.Node): boolean {
  const member = parentSkippingWrappers(node);
  if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(member.object) !== node) return false;
  const call = parentSkippingWrappers(member);
  return call?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(call.callee) === member;
}

/**
 * The catch's `body` runs the function again: it calls it, hands it to a timer, or calls a function of the file (or a
 * method of the class) that does, `depth` levels down at most. Other nested functions (listeners, callbacks of
 * other calls) may never run, and are not looked into.
 */
function runsAgain(body: TSESTree.Node, self: Self, sourceCode: SourceCode, depth: number): boolean {
  return someNodeBelow([body], (node) => {
    if (isFunctionNode(node)) return isTimerCallback(node) ? false : "skip";
    if (node.type !== AST_NODE_TYPES.CallExpression) return false;
    if (callsSelf(node.callee, self, sourceCode)) return true;
    if (isTimerCall(node) && node.arguments[0] && "variable" in self && namesVariable(node.arguments[0], self.variable, sourceCode)) return true;
    if (depth === 0) return false;
    const helper = calledHelper(node, self, sourceCode);
    return helper !== null && runsAgain(helper.body, self, sourceCode, depth - 1);
  });
}

/** A function given as a timer's callback: it runs later, for sure. */
function isTimerCallback(fn: FunctionNode): boolean {
  const call = fn.parent;
  return call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === fn && isTimerCall(call);
}

function callsSelf(callee: TSESTree.Node, self: Self, sourceCode: SourceCode): boolean {
  if ("variable" in self) return namesVariable(callee, self.variable, sourceCode);
  const member = unwrapExpression(callee);
  return member.type === AST_NODE_TYPES.MemberExpression && memberPropertyName(member) === self.method && classOfThis(member.object) === self.body;
}

function namesVariable(node: TSESTree.Node, variable: TSESLint.Scope.Variable, sourceCode: SourceCode): boolean {
  const name = unwrapExpression(node);
  return name.type === AST_NODE_TYPES.Identifier && resolveIdentifier(sourceCode, name) === variable;
}

/** For a `this`, the class body whose method it is read in (through arrow functions); null for any other node. */
function classOfThis(node: TSESTree.Node): TSESTree.ClassBody | null {
  if (node.type !== AST_NODE_TYPES.ThisExpression) return null;
  let current: TSESTree.Node | undefined = node.parent;
  while (current && (!isFunctionNode(current) || current.type === AST_NODE_TYPES.ArrowFunctionExpression)) current = current.parent;
  const method = current?.parent;
  return method?.type === AST_NODE_TYPES.MethodDefinition && method.value === current ? method.parent : null;
}

/** A function of the file called by name, or a method of the class called on `this`: its declaration; else null. */
function calledHelper(call: TSESTree.CallExpression, self: Self, sourceCode: SourceCode): FunctionNode | null {
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const variable = resolveIdentifier(sourceCode, callee);
    return variable ? declaredFunction(variable) : null;
  }
  if ("variable" in self || callee.type !== AST_NODE_TYPES.MemberExpression || classOfThis(callee.object) !== self.body) return null;
  const name = memberPropertyName(callee);
  const methods = self.body.body.filter(
    (member): member is TSESTree.MethodDefinition => member.type === AST_NODE_TYPES.MethodDefinition && !member.static && methodName(member) === name,
  );
  const value = methods.length === 1 && methods[0]!.kind === "method" ? methods[0]!.value : null;
  return value?.type === AST_NODE_TYPES.FunctionExpression ? value : null;
}
