// What `await` waits on in a value: the callback's returned value is awaited by withClient (`return await fn(client)`
// in src/runtime/with-client.ts), and `await` adopts a thenable only — a promise, or what a call or `new` gives back,
// which may be one. An array or an object literal is not a thenable (unless it has a `then` of its own), so
// `return [load(id)]` or `return { row: load(id) }` is handed over at once, promises and all; a conditional's test or
// a sequence's first parts are not the value at all. The parts found are the calls whose promise the value may be or
// carry (every call inside a call of the value: `Promise.all([load(a)])`, `load(id).then(f)`), and the names whose
// values it may be (`return p`, `Promise.all([p, q])`), which returned-async-calls.ts follows to their writes.
// `new K(load(id))` of a class of the file that cannot be a thenable (no `then` in it, no superclass, no computed
// member, no use of `K` but `new K`, `K.name` and `extends K`: `K.prototype.then = …` may be anywhere; no constructor returning a
// value, no `this` of a static block or field, which is `K` itself: review-g) is handed over at once too, its arguments
// with it (rewrite-x); any other `new`
// (`new Promise(…)`, an imported class) may be one.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { forEachChildLastFirst, isFunction, someNodeBelow } from "../ast-walk.js";
import { resolveIdentifier } from "../find-variable.js";
import { memberPropertyName, parentSkippingWrappers, staticKeyName, unwrapExpression } from "../node-shapes.js";

export interface AwaitedParts {
  /** The calls whose result the value may be, or may wait on, in source order. */
  calls: TSESTree.CallExpression[];
  /** The identifiers read as (or into) the value, whose variables' values it may be. */
  names: TSESTree.Identifier[];
  /** The `this` read into the value (`this.pending`), whose class's writes to it it may be (rewrite-y). */
  selves: TSESTree.ThisExpression[];
}

/** Whether `fn` is an argument of a call or `new` (a callback the call may run at once), through TS wrappers. */
export function isCallArgument(fn: TSESTree.Node): boolean {
  let node: TSESTree.Node = fn;
  while (node.parent && unwrapExpression(node.parent) !== node.parent) node = node.parent;
  const parent = node.parent;
  return (
    (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) &&
    parent.arguments.includes(node as TSESTree.CallExpressionArgument)
  );
}

/** An object literal that may be a thenable: a `then` of its own, a computed key, or a spread that may bring one. */
function mayBeThenable(object: TSESTree.ObjectExpression): boolean {
  return object.properties.some(
    (property) => property.type === AST_NODE_TYPES.SpreadElement || (staticKeyName(property.key) ?? "then") === "then",
  );
}

/** Whether `new K(…)` makes an instance of a class of the file that cannot be a thenable (see the file's head). */
function plainInstance(source: Readonly<TSESLint.SourceCode>, made: TSESTree.NewExpression): boolean {
  const callee = unwrapExpression(made.callee);
  const variable = callee.type === AST_NODE_TYPES.Identifier ? resolveIdentifier(source, callee) : null;
  if (!variable || variable.defs.length !== 1) return false;
  const definition = variable.defs[0]!;
  const init = definition.type === "Variable" && definition.parent?.kind === "const" ? (definition.node as TSESTree.VariableDeclarator).init : null;
  const declared = definition.type === "ClassName" ? definition.node : init ? unwrapExpression(init) : null;
  if (declared?.type !== AST_NODE_TYPES.ClassDeclaration && declared?.type !== AST_NODE_TYPES.ClassExpression) return false;
  if (declared.superClass) return false;
  const thenInside = someNodeBelow([declared.body], (node) => {
    if ((node.type === AST_NODE_TYPES.MethodDefinition || node.type === AST_NODE_TYPES.PropertyDefinition) && node.computed) return true;
    if (node.type === AST_NODE_TYPES.Literal) return node.value === "then";
    return (node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.PrivateIdentifier) && node.name === "then";
  });
  // `K.prototype.then = …`, `(K as any).prototype.then = …`, `const Alias = K`, `mixThen(K)`: any use of `K` but `new K`
  // and `K.name` is a use not followed.
  // A type annotation (`const k: K = …`) is no use of the class (review-h).
  const otherUse = variable.references.some(
    (reference) =>
      !reference.init &&
      reference.isValueReference &&
      (reference.identifier.type !== AST_NODE_TYPES.Identifier || !newOrName(reference.identifier)),
  );
  return !thenInside && !otherUse && !constructorReturns(declared.body) && !staticThis(declared.body);
}

/** `new K(…)` (TS wrappers on `K` seen through), `K.name`, or `class Sub extends K`, which leaves K's instances as they are. */
function newOrName(identifier: TSESTree.Identifier): boolean {
  const parent = parentSkippingWrappers(identifier);
  if ((parent?.type === AST_NODE_TYPES.ClassDeclaration || parent?.type === AST_NODE_TYPES.ClassExpression) && parent.superClass === identifier) return true;
  if (parent?.type === AST_NODE_TYPES.NewExpression) return unwrapExpression(parent.callee) === identifier;
  return parent === identifier.parent && parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier && memberPropertyName(parent) === "name";
}

/** A constructor that returns a value of its own (`constructor(p) { return p; }`): `new K(p)` is that value, maybe a promise. */
function constructorReturns(body: TSESTree.ClassBody): boolean {
  const constructor = body.body.find((member) => member.type === AST_NODE_TYPES.MethodDefinition && member.kind === "constructor");
  if (constructor?.type !== AST_NODE_TYPES.MethodDefinition) return false;
  return someNodeBelow([constructor.value.body], (node) => {
    if (isFunction(node)) return "skip";
    return node.type === AST_NODE_TYPES.ReturnStatement && node.argument !== null;
  });
}

/** `this` in a static block or a static field's value: the class itself, whose prototype it may fill (`Object.assign(this.prototype, …)`). */
function staticThis(body: TSESTree.ClassBody): boolean {
  const statics = body.body.filter(
    (member) => member.type === AST_NODE_TYPES.StaticBlock || (member.type === AST_NODE_TYPES.PropertyDefinition && member.static),
  );
  return someNodeBelow([statics], (node) => {
    if (isFunction(node) && node.type !== AST_NODE_TYPES.ArrowFunctionExpression) return "skip";
    if (node.type === AST_NODE_TYPES.PropertyDefinition) return someNodeBelow([node.value], (inner) => inner.type === AST_NODE_TYPES.ThisExpression);
    return node.type === AST_NODE_TYPES.ThisExpression;
  });
}

/** Whether an identifier is read as a value (not a member's name, an object key, a callee). */
function readsValue(identifier: TSESTree.Identifier): boolean {
  const parent = identifier.parent;
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.property === identifier && !parent.computed) return false;
  if (parent.type === AST_NODE_TYPES.Property && parent.key === identifier && !parent.computed && !parent.shorthand) return false;
  return !(parent.type === AST_NODE_TYPES.CallExpression && parent.callee === identifier);
}

// Where a node sits: VALUE — it is the value (or one of its alternatives); INSIDE — inside a call, `new` or member of
// the value, whose result may depend on it; CALLBACK — inside a callback such a call is handed (it may run it at
// once; an `await` there is the callback's own, and what it awaits still started unawaited by the value); THENABLE —
// inside an object literal that may be a thenable, whose functions `await` may run (`{ then: (ok) => load(id).then(ok) }`).
const VALUE = 0;
const INSIDE = 1;
const CALLBACK = 2;
const THENABLE = 3;

/**
 * The parts of `value` that `await value` would wait on (see the file's head); `value` itself is not awaited.
 * `whole`: `value` is only part of what is read (a destructured initialiser, a loop's iterable): all of it counts.
 */
export function awaitedParts(value: TSESTree.Node, source: Readonly<TSESLint.SourceCode>, whole = false): AwaitedParts {
  const visitorKeys = source.visitorKeys;
  const parts: AwaitedParts = { calls: [], names: [], selves: [] };
  // Depth first in source order, on a stack of its own (a deep expression must not overflow the call stack).
  const nodes: TSESTree.Node[] = [value];
  const places: number[] = [whole ? INSIDE : VALUE];
  const push = (node: TSESTree.Node | null | undefined, place: number): void => {
    if (!node) return;
    nodes.push(node);
    places.push(place);
  };
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const place = places.pop()!;
    if (place === VALUE) {
      switch (node.type) {
        case AST_NODE_TYPES.ConditionalExpression:
          push(node.alternate, VALUE);
          push(node.consequent, VALUE);
          continue;
        case AST_NODE_TYPES.LogicalExpression:
          push(node.right, VALUE);
          push(node.left, VALUE);
          continue;
        case AST_NODE_TYPES.SequenceExpression:
          push(node.expressions.at(-1), VALUE);
          continue;
        case AST_NODE_TYPES.AssignmentExpression:
          if (node.operator === "=") {
            push(node.right, VALUE);
            continue;
          }
          break;
        case AST_NODE_TYPES.TSAsExpression:
        case AST_NODE_TYPES.TSNonNullExpression:
        case AST_NODE_TYPES.TSSatisfiesExpression:
        case AST_NODE_TYPES.TSTypeAssertion:
        case AST_NODE_TYPES.TSInstantiationExpression:
        case AST_NODE_TYPES.ChainExpression:
          push(node.expression, VALUE);
          continue;
        case AST_NODE_TYPES.ArrayExpression:
          continue;
        case AST_NODE_TYPES.NewExpression:
          if (plainInstance(source, node)) continue;
          break;
        case AST_NODE_TYPES.ObjectExpression:
          if (mayBeThenable(node)) {
            for (let index = node.properties.length - 1; index >= 0; index -= 1) push(node.properties[index], THENABLE);
          }
          continue;
        default:
          if (isFunction(node)) continue;
          break;
      }
    }
    if (isFunction(node)) {
      // A function is not run by being made, unless a call of the value is handed it (or it may be a thenable's).
      if (place === THENABLE || (place !== VALUE && isCallArgument(node))) {
        push(node.body, CALLBACK);
        for (let index = node.params.length - 1; index >= 0; index -= 1) push(node.params[index], CALLBACK);
      }
      continue;
    }
    if (node.type === AST_NODE_TYPES.AwaitExpression && place !== CALLBACK) continue;
    if (node.type === AST_NODE_TYPES.CallExpression) parts.calls.push(node);
    if (node.type === AST_NODE_TYPES.Identifier && readsValue(node)) parts.names.push(node);
    if (node.type === AST_NODE_TYPES.ThisExpression) parts.selves.push(node);
    const inner = place === CALLBACK || place === THENABLE ? place : INSIDE;
    forEachChildLastFirst(node, visitorKeys, (child) => push(child, inner));
  }
  return parts;
}
