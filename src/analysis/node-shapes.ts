// Small, shared views of AST shapes. Every rule looks through TS wrappers, chains and parentheses the same way.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";

/** Strips `x as T`, `x!`, `x satisfies T`, `<T>x` and `a?.b` chain wrappers (ESTree has no parenthesis nodes). */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSInstantiationExpression:
        current = current.expression;
        break;
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** The static name of a member's property (`a.b`, `a["b"]`, `a?.b`), or null when it is computed from a value. */
export function memberPropertyName(member: TSESTree.MemberExpression): string | null {
  if (!member.computed && member.property.type === AST_NODE_TYPES.Identifier) return member.property.name;
  if (member.computed && member.property.type === AST_NODE_TYPES.Literal && typeof member.property.value === "string") {
    return member.property.value;
  }
  if (member.property.type === AST_NODE_TYPES.PrivateIdentifier) return member.property.name;
  return null;
}

/** The field `this.f` names (`this["f"]`, `(this as T).f`, `this.#f` too, wrappers removed), else null. */
export function thisMemberName(node: TSESTree.Node): string | null {
  const member = unwrapExpression(node);
  if (member.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(member.object).type !== AST_NODE_TYPES.ThisExpression) return null;
  return memberPropertyName(member);
}

/** For `obj.method(...)` (through wrappers): the object and the method name; null for any other callee. */
export function methodCall(call: TSESTree.CallExpression): { object: TSESTree.Node; name: string } | null {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return null;
  const name = memberPropertyName(callee);
  if (name === null) return null;
  return { object: unwrapExpression(callee.object), name };
}

/** For `Promise.all(…)`, `Promise.race(…)`…: the static method's name; null for any other call. */
export function promiseStaticMethod(node: TSESTree.Node): string | null {
  if (node.type !== AST_NODE_TYPES.CallExpression) return null;
  const method = methodCall(node);
  return method?.object.type === AST_NODE_TYPES.Identifier && method.object.name === "Promise" ? method.name : null;
}

/** Whether `node` lies inside the source range `range` (or covers exactly it). */
export function insideRange(node: { range: readonly [number, number] }, range: readonly [number, number]): boolean {
  return node.range[0] >= range[0] && node.range[1] <= range[1];
}

/** Whether `node` lies inside `outer` (or is it), by source range. */
export function encloses(outer: TSESTree.Node, node: TSESTree.Node): boolean {
  return outer.range[0] <= node.range[0] && node.range[1] <= outer.range[1];
}

/** The name a call is made by: `f(...)` → "f", `a.b.f(...)` → "f" (through wrappers); null for anything else. */
export function calleeName(call: TSESTree.CallExpression): string | null {
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression) return memberPropertyName(callee);
  return null;
}

/** The wrappers unwrapExpression strips (`x as T`, `x!`, `x satisfies T`, `<T>x`, `f<T>`, `a?.b`). */
export function isExpressionWrapper(
  node: TSESTree.Node,
): node is
  | TSESTree.TSAsExpression
  | TSESTree.TSNonNullExpression
  | TSESTree.TSSatisfiesExpression
  | TSESTree.TSTypeAssertion
  | TSESTree.TSInstantiationExpression
  | TSESTree.ChainExpression {
  return (
    node.type === AST_NODE_TYPES.TSAsExpression ||
    node.type === AST_NODE_TYPES.TSNonNullExpression ||
    node.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    node.type === AST_NODE_TYPES.TSTypeAssertion ||
    node.type === AST_NODE_TYPES.TSInstantiationExpression ||
    node.type === AST_NODE_TYPES.ChainExpression
  );
}

/**
 * The parent of `node`, skipping the wrappers unwrapExpression strips (`withClient<Row>` included), so that
 * `(client as Client).release()` and `client!.release()` are seen like `client.release()`.
 */
export function parentSkippingWrappers(node: TSESTree.Node): TSESTree.Node | undefined {
  let current: TSESTree.Node = node;
  let parent = current.parent;
  while (parent && isExpressionWrapper(parent) && parent.expression === current) {
    current = parent;
    parent = current.parent;
  }
  return parent;
}

/**
 * `node`'s value is dropped where it is computed: it is an expression statement of its own, the operand of `void`, or a
 * sequence's element whose value nobody takes (any but the last, or the last of a sequence itself dropped).
 */
export function isDroppedValue(node: TSESTree.Node): boolean {
  let current = node;
  for (;;) {
    const parent = parentSkippingWrappers(current);
    if (!parent) return false;
    if (parent.type === AST_NODE_TYPES.ExpressionStatement) return true;
    if (parent.type === AST_NODE_TYPES.UnaryExpression) return parent.operator === "void";
    if (parent.type !== AST_NODE_TYPES.SequenceExpression) return false;
    if (parent.expressions[parent.expressions.length - 1] !== current) return true;
    current = parent;
  }
}

/** A property or class member key written as a name or a string: `a`, `#a`, `"a"`; null when computed from a value. */
export function staticKeyName(key: TSESTree.Node): string | null {
  if (key.type === AST_NODE_TYPES.Identifier || key.type === AST_NODE_TYPES.PrivateIdentifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal && typeof key.value === "string") return key.value;
  return null;
}

/** `require` itself, or Meteor's `Npm.require`, which loads a package's npm dependency the same way. */
function isRequireCallee(callee: TSESTree.Expression): boolean {
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name === "require";
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    !callee.computed &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === "Npm" &&
    callee.property.type === AST_NODE_TYPES.Identifier &&
    callee.property.name === "require"
  );
}

/** `require("x")`, `Npm.require("x")` or `import("x")` (awaited or not, through wrappers): the module specifier, else null. */
export function requiredModule(node: TSESTree.Node | null | undefined): string | null {
  if (!node) return null;
  let current = unwrapExpression(node);
  if (current.type === AST_NODE_TYPES.AwaitExpression) current = unwrapExpression(current.argument);
  if (current.type === AST_NODE_TYPES.ImportExpression) {
    return current.source.type === AST_NODE_TYPES.Literal && typeof current.source.value === "string"
      ? packageSpecifier(current.source.value)
      : null;
  }
  if (
    current.type !== AST_NODE_TYPES.CallExpression ||
    !isRequireCallee(current.callee) ||
    current.arguments.length !== 1
  ) {
    return null;
  }
  const [argument] = current.arguments;
  return argument?.type === AST_NODE_TYPES.Literal && typeof argument.value === "string" ? packageSpecifier(argument.value) : null;
}

/** `npm:pg@8`, `npm:/pg@8.11.3` (Deno) and an import-map alias such as `dep:pg`: a scheme, then a bare package name. */
const SCHEMED_PACKAGE = /^[a-z][\w-]+:\/?((?:@[\w.-]+\/)?[\w.-]+?)(?:@[^/@]*)?$/i;

/**
 * The package a module specifier names, so `import pg from "npm:pg@8"` is read as `pg`. Node's own `node:` modules,
 * URLs, relative and bare specifiers come back unchanged.
 */
export function packageSpecifier(source: string): string {
  if (source.startsWith("node:")) return source;
  return SCHEMED_PACKAGE.exec(source)?.[1] ?? source;
}

/** The class body whose instance `this` denotes at `node` (arrow functions keep `this`; other functions end it). */
export function enclosingClassBody(node: TSESTree.Node): TSESTree.ClassBody | null {
  let current: TSESTree.Node | undefined = node.parent;
  while (current) {
    if (current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration) {
      const owner = current.parent;
      const isMethod =
        current.type === AST_NODE_TYPES.FunctionExpression &&
        (owner?.type === AST_NODE_TYPES.MethodDefinition || owner?.type === AST_NODE_TYPES.TSAbstractMethodDefinition);
      if (!isMethod || owner.static) return null;
      return owner.parent.type === AST_NODE_TYPES.ClassBody ? owner.parent : null;
    }
    if (current.type === AST_NODE_TYPES.PropertyDefinition || current.type === AST_NODE_TYPES.AccessorProperty) {
      return !current.static && current.parent.type === AST_NODE_TYPES.ClassBody ? current.parent : null;
    }
    if (current.type === AST_NODE_TYPES.StaticBlock) return null;
    current = current.parent;
  }
  return null;
}

/**
 * `(async function () { … })();`, `void (() => { … })();`: a function called where it is written, as a statement of
 * its own, so what it returns (the promise, for an async one) goes to nobody.
 */
export function isDiscardedImmediateCall(fn: TSESTree.Node): boolean {
  const call = parentSkippingWrappers(fn);
  if (call?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(call.callee) !== fn) return false;
  let holder = parentSkippingWrappers(call);
  if (holder?.type === AST_NODE_TYPES.UnaryExpression && holder.operator === "void") holder = parentSkippingWrappers(holder);
  return holder?.type === AST_NODE_TYPES.ExpressionStatement;
}

/** One name a CommonJS assignment exports: `default` for `module.exports = value`; null for a key that is no name. */
export interface CommonJsExport {
  name: string | null;
  value: TSESTree.Node;
  /** A method shorthand of the exported object (`module.exports = { run() {…} }`). */
  method: boolean;
}

/**
 * What `module.exports = value`, `module.exports = { a, "b": … }`, `exports.a = value` or `module.exports.a = value`
 * exports; empty for any other expression. An object's keys are its plain and string keys (a computed key, a getter
 * or setter exports no value of its own).
 */
export function commonJsExports(expression: TSESTree.Expression): CommonJsExport[] {
  if (expression.type !== AST_NODE_TYPES.AssignmentExpression || expression.operator !== "=") return [];
  const left = unwrapExpression(expression.left);
  if (left.type !== AST_NODE_TYPES.MemberExpression) return [];
  if (isModuleExports(left)) {
    const value = unwrapExpression(expression.right);
    if (value.type !== AST_NODE_TYPES.ObjectExpression) return [{ name: "default", value, method: false }];
    const exported: CommonJsExport[] = [];
    for (const property of value.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.computed || property.kind !== "init") continue;
      exported.push({ name: staticKeyName(property.key), value: property.value, method: property.method });
    }
    return exported;
  }
  const object = unwrapExpression(left.object);
  const onExports = (object.type === AST_NODE_TYPES.Identifier && object.name === "exports") || isModuleExports(object);
  return onExports ? [{ name: memberPropertyName(left), value: expression.right, method: false }] : [];
}

/** `module.exports = value`: the module's value replaced, and with it whatever `exports.a = …` put on the old one. */
export function replacesModuleExports(expression: TSESTree.Expression): boolean {
  return expression.type === AST_NODE_TYPES.AssignmentExpression && expression.operator === "=" && isModuleExports(expression.left);
}

/** `module.exports` itself. */
function isModuleExports(node: TSESTree.Node): boolean {
  const member = unwrapExpression(node);
  if (member.type !== AST_NODE_TYPES.MemberExpression || memberPropertyName(member) !== "exports") return false;
  const object = unwrapExpression(member.object);
  return object.type === AST_NODE_TYPES.Identifier && object.name === "module";
}

/**
 * `node` decides whether `child` (one of its parts) runs at all, or runs it more than once: a branch of an `if`, a
 * conditional or the right of `&&`/`||`/`??`, a `case`, a `catch`, a loop's body.
 */
export function decidesWhetherRuns(node: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return child !== node.test;
    case AST_NODE_TYPES.LogicalExpression:
      return child === node.right;
    case AST_NODE_TYPES.SwitchCase:
    case AST_NODE_TYPES.CatchClause:
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
      return true;
    default:
      return false;
  }
}

/** A function-like node: its own code path. */
export type FunctionNode =
  | TSESTree.ArrowFunctionExpression
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression;

/** True for any function node. */
export function isFunctionNode(node: TSESTree.Node): node is FunctionNode {
  return (
    node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression
  );
}

/** The node that starts the code path containing `node`: a function, a class field value, a static block, Program. */
export function codePathOwner(node: TSESTree.Node): TSESTree.Node {
  let child: TSESTree.Node = node;
  let current = node.parent;
  while (current) {
    if (isFunctionNode(current) || current.type === AST_NODE_TYPES.StaticBlock) return current;
    if (
      (current.type === AST_NODE_TYPES.PropertyDefinition || current.type === AST_NODE_TYPES.AccessorProperty) &&
      current.value === child
    ) {
      return child;
    }
    child = current;
    current = current.parent;
  }
  return child;
}

/**
 * The list of statements `statement` stands in — a block's, a program's, a static block's body, or a `case`'s
 * consequent — or null when it stands in no list (an `if`'s bare consequent, a loop's body).
 */
export function statementList(statement: TSESTree.Node): readonly TSESTree.Node[] | null {
  const parent = statement.parent;
  if (parent?.type === AST_NODE_TYPES.BlockStatement || parent?.type === AST_NODE_TYPES.Program || parent?.type === AST_NODE_TYPES.StaticBlock) {
    return parent.body;
  }
  if (parent?.type === AST_NODE_TYPES.SwitchCase) return parent.consequent;
  return null;
}

/** `null`, `undefined` or `void 0` (through TS wrappers): a value that holds nothing. */
export function isNothing(node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  if (value.type === AST_NODE_TYPES.Literal) return value.value === null && !("regex" in value);
  if (value.type === AST_NODE_TYPES.Identifier) return value.name === "undefined";
  return value.type === AST_NODE_TYPES.UnaryExpression && value.operator === "void" && value.argument.type === AST_NODE_TYPES.Literal;
}

/** `text`, the source of `node`, as it reads before `.connect()` or `.query()`: an awaited pool in parentheses. */
export function asReceiverText(node: TSESTree.Node, text: string): string {
  return unwrapExpression(node).type === AST_NODE_TYPES.AwaitExpression ? `(${text})` : text;
}

/** What a member chain hangs from, wrappers removed: `this` for `(this.a as T).b`, `req` for `req.locals.db`. */
export function memberChainRoot(node: TSESTree.Node): TSESTree.Node {
  let current = unwrapExpression(node);
  while (current.type === AST_NODE_TYPES.MemberExpression) current = unwrapExpression(current.object);
  return current;
}

/** Assigned, updated or deleted: `db.flag = …`, `db.flag ||= …`, `db.flag++`, `delete db.flag`, `[db.flag] = …`. */
export function isWrittenMember(member: TSESTree.MemberExpression): boolean {
  const parent = parentSkippingWrappers(member);
  if (!parent) return false;
  if (parent.type === AST_NODE_TYPES.AssignmentExpression) return parent.left === member || unwrapExpression(parent.left) === member;
  if (parent.type === AST_NODE_TYPES.UpdateExpression) return true;
  if (parent.type === AST_NODE_TYPES.UnaryExpression) return parent.operator === "delete";
  // A destructuring target (`[db.flag] = …`, `({ x: db.flag } = …)`), a loop's (`for (db.flag of …)`).
  if (parent.type === AST_NODE_TYPES.ArrayPattern || parent.type === AST_NODE_TYPES.RestElement || parent.type === AST_NODE_TYPES.AssignmentPattern) return true;
  if (parent.type === AST_NODE_TYPES.Property) return parent.value === member && parent.parent.type === AST_NODE_TYPES.ObjectPattern;
  return (parent.type === AST_NODE_TYPES.ForOfStatement || parent.type === AST_NODE_TYPES.ForInStatement) && parent.left === member;
}

/**
 * The names an object literal's or an object pattern's properties are written under (`a` of `{ a }`, `{ "a": x }`),
 * or null when one is computed, spread or a rest element (any name may be among them).
 */
export function staticKeyNames(properties: ReadonlyArray<TSESTree.ObjectLiteralElement | TSESTree.Property | TSESTree.RestElement>): Set<string> | null {
  const names = new Set<string>();
  for (const property of properties) {
    const name = property.type === AST_NODE_TYPES.Property && !property.computed ? staticKeyName(property.key) : null;
    if (name === null) return null;
    names.add(name);
  }
  return names;
}

/**
 * The `if` (without `else`) whose whole consequent is the statement `node` (an assignment or a call) stands for, alone or
 * as the one statement of a block: `if (!client) client = await pool.connect();`, `if (t) { qr = make(); }`. Undefined
 * for any other place.
 */
export function soleGuardOf(node: TSESTree.Node): TSESTree.IfStatement | undefined {
  let statement: TSESTree.Node | undefined = node.parent;
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement) return undefined;
  let guard = statement.parent;
  if (guard?.type === AST_NODE_TYPES.BlockStatement && guard.body.length === 1) {
    statement = guard;
    guard = guard.parent;
  }
  return guard?.type === AST_NODE_TYPES.IfStatement && guard.consequent === statement && !guard.alternate ? guard : undefined;
}

/**
 * The object literal whose method, getter or function-valued property `this` is called on at `node` (`{ get row() {
 * this.p = load(1); return this.p; } }`): arrow functions keep `this`, other functions end it; else null.
 */
export function enclosingObjectLiteral(node: TSESTree.Node): TSESTree.ObjectExpression | null {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration) {
      const owner = current.parent;
      return owner?.type === AST_NODE_TYPES.Property && owner.value === current && owner.parent.type === AST_NODE_TYPES.ObjectExpression ? owner.parent : null;
    }
  }
  return null;
}
