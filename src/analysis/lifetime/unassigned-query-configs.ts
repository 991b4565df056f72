// `var config; if (admin) config = {…}; else if (agent) config = {…}; client.query(config, cb);` (rikx/icom5047's
// survey route, pg 4): on the path where no branch of the `if`/`else if` chain runs, the query's config is still
// undefined, and pg throws at once on an undefined query (pg 2–6 read `config.submit`; pg 7 and later throw "Client
// was passed a null or undefined query"). Inside a node-style callback that holds the client this is a throw that is
// certain on that path, like a read of a failed call's result (callback-throws.ts). Only the plain shape counts: the
// variable declared with no initial value in the callback's own body, every write a plain `x = …` statement inside
// one chain of `if`/`else if` with no final `else`, that chain and the `client.query(x, …)` statement both statements
// of the callback's body, with no other look at `x` in between, and no `if` before the query testing what the chain
// tests, or a variable given its value, and leaving (a check that every value takes some branch, review-30a/30b).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { encloses, isFunctionNode, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import { findVariable } from "../find-variable.js";
import { enclosingFunction, walk } from "../ast-walk.js";

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

export interface UnassignedQuery {
  /** The client identifier of the call, where the throw is recorded. */
  identifier: TSESTree.Identifier;
  /** The throwing `client.query(config, …)` call. */
  call: TSESTree.CallExpression;
}

/** The `if` chain `statement` starts, when it ends with no `else` (its last `if` has no alternate). */
function chainWithoutElse(statement: TSESTree.Statement): boolean {
  let current: TSESTree.Statement | null = statement;
  while (current?.type === AST_NODE_TYPES.IfStatement) {
    if (!current.alternate) return true;
    current = current.alternate;
  }
  return false;
}

/** Every write of `variable` is a plain `x = …;` statement made in `fn` itself (not in a nested function). */
function plainWritesIn(variable: Variable, fn: TSESTree.Node): TSESTree.Identifier[] | null {
  const writes: TSESTree.Identifier[] = [];
  for (const reference of variable.references) {
    if (!reference.isWrite()) continue;
    const identifier = reference.identifier as TSESTree.Identifier;
    const assignment = identifier.parent;
    if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== "=" || assignment.left !== identifier) return null;
    if (assignment.parent?.type !== AST_NODE_TYPES.ExpressionStatement) return null;
    if (enclosingFunction(identifier) !== fn) return null;
    writes.push(identifier);
  }
  return writes;
}

/**
 * `config` declared once, by `var`/`let`, in `fn` itself. An initial value is a write that is no `x = …;` statement,
 * so plainWritesIn refuses it.
 */
function declaredIn(variable: Variable, fn: TSESTree.Node): boolean {
  if (variable.defs.length !== 1) return false;
  const def = variable.defs[0]!;
  return def.type === "Variable" && enclosingFunction(def.node) === fn;
}

/** The names and member chains a chain's tests read (`type`, `req.session.type`): the widest ones, calls' callees included. */
function testedSubjects(chain: TSESTree.IfStatement, sourceCode: SourceCode): Set<string> {
  const subjects = new Set<string>();
  for (let current: TSESTree.Statement | null = chain; current?.type === AST_NODE_TYPES.IfStatement; current = current.alternate) {
    walk(current.test, sourceCode.visitorKeys, (node) => {
      if (node.type !== AST_NODE_TYPES.Identifier && node.type !== AST_NODE_TYPES.MemberExpression) return;
      for (const name of subjectNames(node, sourceCode)) subjects.add(name);
      return false;
    });
  }
  return subjects;
}

/**
 * How a tested name or member chain is written, and for a variable given its value once and never again (`var type =
 * req.session.type`) how that value is: a check of `type` tests `req.session.type` too, and the other way round.
 */
function subjectNames(node: TSESTree.Identifier | TSESTree.MemberExpression, sourceCode: SourceCode): string[] {
  const names = [sourceCode.getText(node)];
  if (node.type !== AST_NODE_TYPES.Identifier) return names;
  const variable = findVariable(sourceCode.getScope(node), node);
  const def = variable?.defs.length === 1 ? variable.defs[0]! : null;
  const init = def?.type === "Variable" ? def.node.init : null;
  if (init && variable!.references.filter((reference) => reference.isWrite()).length === 1) names.push(sourceCode.getText(unwrapExpression(init)));
  return names;
}

/** Whether `node` (an `if`'s branch) leaves by `return` or `throw` somewhere, not in a nested function. */
function jumps(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  let found = false;
  walk(node, sourceCode.visitorKeys, (inner) => {
    if (found || isFunctionNode(inner)) return false;
    if (inner.type === AST_NODE_TYPES.ReturnStatement || inner.type === AST_NODE_TYPES.ThrowStatement) found = true;
  });
  return found;
}

/**
 * An `if` or `switch` before the query — before the chain or between it and the query — in a function that encloses
 * it (the callback or one around it) or at the top of the module, tests what the chain tests (or a variable given it)
 * and leaves on a branch (`if (type !== "a" && type !== "b") return res.status(400).end();`): it may be what keeps
 * every value of the chain's tests covered, so the path where no branch runs is not taken for certain.
 */
function testedBefore(chain: TSESTree.IfStatement, query: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  const subjects = testedSubjects(chain, sourceCode);
  let found = false;
  walk(sourceCode.ast, sourceCode.visitorKeys, (node) => {
    // Before the query: before the chain, or between it and the query (`if (type !== "a" && …) return` after it).
    if (found || node === chain || node.range[0] >= query.range[0]) return false;
    const check = node.type === AST_NODE_TYPES.IfStatement ? node.test : node.type === AST_NODE_TYPES.SwitchStatement ? node.discriminant : null;
    if (!check || node.range[1] > query.range[0]) return;
    const fn = enclosingFunction(node);
    if (fn && !encloses(fn, chain)) return;
    let tests = false;
    walk(check, sourceCode.visitorKeys, (part) => {
      if (tests) return false;
      if (part.type !== AST_NODE_TYPES.Identifier && part.type !== AST_NODE_TYPES.MemberExpression) return;
      // `type` of `req.query.type` names a member, not the variable `type`.
      if (part.parent?.type === AST_NODE_TYPES.MemberExpression && part.parent.property === part && !part.parent.computed) return;
      if (subjectNames(part, sourceCode).some((name) => subjects.has(name))) tests = true;
    });
    // An `if` leaving on a branch, or a `switch` leaving in a case (`default: return res.status(400).end();`).
    found = tests && jumps(node.type === AST_NODE_TYPES.IfStatement ? node.consequent : node, sourceCode);
    if (!found && tests && node.type === AST_NODE_TYPES.IfStatement && node.alternate) found = jumps(node.alternate, sourceCode);
  });
  return found;
}

/** The query calls of `client` in `fn` whose config some path of `fn` leaves undefined. */
export function unassignedQueryConfigs(fn: TSESTree.FunctionLike, client: Variable | null, sourceCode: SourceCode): UnassignedQuery[] {
  const body = fn.body;
  if (!client || body?.type !== AST_NODE_TYPES.BlockStatement) return [];
  const found: UnassignedQuery[] = [];
  for (const reference of client.references) {
    const identifier = reference.identifier as TSESTree.Identifier;
    const member = parentSkippingWrappers(identifier);
    if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(member.object) !== identifier || member.computed) continue;
    if (member.property.type !== AST_NODE_TYPES.Identifier || member.property.name !== "query") continue;
    const call = parentSkippingWrappers(member);
    if (call?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(call.callee) !== member || member.optional) continue;
    const config = call.arguments[0];
    if (config?.type !== AST_NODE_TYPES.Identifier) continue;
    const statement = call.parent;
    if (statement?.type !== AST_NODE_TYPES.ExpressionStatement || statement.parent !== body) continue;
    const variable = findVariable(sourceCode.getScope(call), config);
    if (!variable || !declaredIn(variable, fn)) continue;
    const writes = plainWritesIn(variable, fn);
    if (!writes || writes.length === 0) continue;
    const index = body.body.indexOf(statement);
    const chain = body.body.slice(0, index).find((candidate) => writes.every((write) => encloses(candidate, write)));
    // A jump between the chain and the query needs no test: the code path analysis never reaches a query after it.
    if (!chain || chain.type !== AST_NODE_TYPES.IfStatement || !chainWithoutElse(chain)) continue;
    // Any other look at the config before the query (a test, a default) may be what keeps it from being undefined.
    const looked = variable.references.some((other) => {
      const at = other.identifier as TSESTree.Identifier;
      return !other.isWrite() && at !== config && at.range[0] < call.range[0];
    });
    if (looked || testedBefore(chain, call, sourceCode)) continue;
    found.push({ identifier, call });
  }
  return found;
}
