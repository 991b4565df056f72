// A function of the same file that checks a client out and gives it back to its caller — `async function
// startConnection() { try { const client = await pool.connect(); return client; } catch (e) { …; throw e; } }`,
// `const getClient = () => pool.connect()` — is a checkout wherever it is awaited: `const client = await
// startConnection()` holds a pool client that this caller must release (n1c0re/BoatDealer's routes,
// JandersonRasseli/jhrnode's selectCustomers). The helper itself hands the client over, and is silent as before.
// Called as a bare statement (`connect();`, not awaited), its checkout's promise is dropped and the client it resolves
// to is held by nobody, as with a bare `pool.connect();` (manfre3d/AiPocondriaco's db.js warms its pool up that way).
// Only a helper whose every returned value is that checkout (or `null`/`undefined`, when it gave up) qualifies: the
// shape of the code, never the helper's name. A helper that keeps the checkout in a variable declared outside itself
// (`if (!shared) shared = await pool.connect(); return shared;`) hands it to that variable's owner, and every caller
// borrows the same client (MatthewMakesMagic/poly's memoised write client): it is no checkout helper.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunction } from "../ast-walk.js";
import { ownReturns } from "../text-search.js";
import { resolveIdentifier } from "../find-variable.js";
import { codePathOwner, encloses, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
import type { Acquisition } from "./acquisition.js";
import { awaitedTarget } from "./awaited-target.js";
import { forwardsRestArguments } from "./forwarded-arguments.js";
type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/**
 * Where `acquisition` gives its checkout to the function's caller: the `return` (or the arrow whose body is the
 * checkout) of `return await pool.connect()`, `return pool.connect()`, `() => pool.connect()`; else null.
 */
function returnedCheckout(acquisition: Acquisition): TSESTree.Node | null {
  if (acquisition.style !== "await" || acquisition.target !== "transferred") return null;
  // A bare promise (`return pool.connect()`) is bound at the call itself; an awaited one at its `return`.
  const returned = acquisition.binding === acquisition.call ? parentSkippingWrappers(acquisition.call) : acquisition.binding;
  if (returned?.type === AST_NODE_TYPES.ReturnStatement) return returned;
  return returned?.type === AST_NODE_TYPES.ArrowFunctionExpression && returned.body.type !== AST_NODE_TYPES.BlockStatement ? returned : null;
}

/** The names a returned identifier may have and still be the checkout: the client's variable, or an undeclared name. */
function holderName(acquisition: Acquisition): string | null {
  if (acquisition.client) return acquisition.client.name;
  const binding = acquisition.binding;
  // `client = await pool.connect()` on an undeclared (global) name: `return client` returns it.
  if (binding.type === AST_NODE_TYPES.AssignmentExpression && binding.left.type === AST_NODE_TYPES.Identifier) return binding.left.name;
  return null;
}

/** The variable naming `fn` (`function f() {}`, `const f = async () => …`), or null for an anonymous function. */
export function functionVariable(fn: TSESTree.Node, sourceCode: SourceCode): Variable | null {
  let declaring: TSESTree.Node = fn;
  let id: TSESTree.Node | null | undefined = fn.type === AST_NODE_TYPES.FunctionDeclaration ? fn.id : null;
  if (!id) {
    const declarator = parentSkippingWrappers(fn);
    if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
    if (unwrapExpression(declarator.init ?? declarator) !== fn || declarator.parent.kind !== "const") return null;
    declaring = declarator.parent;
    id = declarator.id;
  }
  return sourceCode.getDeclaredVariables(declaring).find((variable) => variable.identifiers.includes(id as TSESTree.Identifier)) ?? null;
}

/** The checkout is assigned to a variable declared outside `fn` (an undeclared global name is not one). */
function heldOutside(fn: TSESTree.Node, acquisition: Acquisition, sourceCode: SourceCode): boolean {
  const binding = acquisition.binding;
  if (binding.type !== AST_NODE_TYPES.AssignmentExpression || binding.left.type !== AST_NODE_TYPES.Identifier) return false;
  const declaration = resolveIdentifier(sourceCode, binding.left)?.defs[0]?.node;
  return declaration !== undefined && !encloses(fn, declaration);
}

/**
 * Every value `fn` returns is the checkout of `acquisition` (the call's value, or the identifier holding it), or
 * `null`/`undefined`; at least one return gives the checkout. Returns of nested functions are theirs. `others`: more
 * checkouts of `fn` whose returns count as well (helperCheckouts: a helper returning the checkout of one pool or of
 * another gives a fresh client either way).
 */
export function returnsOnlyTheCheckout(
  fn: TSESTree.Node,
  acquisition: Acquisition,
  sourceCode: SourceCode,
  others: readonly Acquisition[] = [],
): boolean {
  if (others.length > 0) return computeReturnsOnlyTheCheckout(fn, [acquisition, ...others], sourceCode);
  // Asked by helperCheckouts and again by class-checkouts.ts for a checkout in a method: answered once per checkout.
  const known = answers.get(acquisition.call);
  if (known?.fn === fn) return known.answer;
  const answer = computeReturnsOnlyTheCheckout(fn, [acquisition], sourceCode);
  answers.set(acquisition.call, { fn, answer });
  return answer;
}

const answers = new WeakMap<TSESTree.Node, { fn: TSESTree.Node; answer: boolean }>();

function computeReturnsOnlyTheCheckout(fn: TSESTree.Node, givers: readonly Acquisition[], sourceCode: SourceCode): boolean {
  if (!isFunction(fn) || !fn.body) return false;
  if (givers.some((giver) => heldOutside(fn, giver, sourceCode))) return false;
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return givers.some((giver) => returnedCheckout(giver) === fn);
  const returned = new Set(givers.map(returnedCheckout));
  const holders = new Set(givers.map(holderName));
  let gives = 0;
  // Its `return`s from the text (text-search.ts): walking the whole body cost about a tenth of no-leaked-client.
  for (const node of ownReturns(sourceCode, fn as TSESTree.FunctionLike & { body: TSESTree.BlockStatement })) {
    if (!node.argument) continue;
    const value = unwrapExpression(node.argument);
    if (returned.has(node) || (value.type === AST_NODE_TYPES.Identifier && holders.has(value.name))) {
      gives += 1;
      continue;
    }
    if ((value.type === AST_NODE_TYPES.Literal && value.value === null) || (value.type === AST_NODE_TYPES.Identifier && value.name === "undefined")) {
      continue;
    }
    return false;
  }
  return gives > 0;
}

/**
 * `helper` returns only checkouts: the one of `acquisition`, or that one and those of its other awaited checkouts —
 * `if (global.connection) return global.connection.connect(); …; return pool.connect();` (gTrevisanz/dbProjeto's
 * tutorial helper: the cached pool's checkout, or on the first call the new pool's) gives a fresh client either way.
 */
function givesOnlyCheckouts(helper: TSESTree.Node, acquisition: Acquisition, byOwner: () => AwaitedByOwner, sourceCode: SourceCode): boolean {
  if (returnsOnlyTheCheckout(helper, acquisition, sourceCode)) return true;
  const others = (byOwner().get(helper) ?? []).filter((other) => other !== acquisition);
  return others.length > 0 && returnsOnlyTheCheckout(helper, acquisition, sourceCode, others);
}

/** The awaited checkouts of a file, in their order, by the code path their call is in (`codePathOwner`). */
type AwaitedByOwner = ReadonlyMap<TSESTree.Node, readonly Acquisition[]>;

/**
 * Grouped once per file, when a helper is first asked about (givesOnlyCheckouts): picking each helper's from the whole
 * list walked up from every checkout's call once per checkout, the square of the file's checkouts.
 */
function awaitedByOwner(acquisitions: readonly Acquisition[]): AwaitedByOwner {
  const byOwner = new Map<TSESTree.Node, Acquisition[]>();
  for (const acquisition of acquisitions) {
    if (acquisition.style !== "await") continue;
    const owner = codePathOwner(acquisition.call);
    const group = byOwner.get(owner);
    if (group) group.push(acquisition);
    else byOwner.set(owner, [acquisition]);
  }
  return byOwner;
}

/**
 * For the checkouts found in the file, the awaited calls of the file's own functions that give one back to their
 * caller, each as a checkout of its own (`throughHelper`: no `withClient` rewrite is offered for it).
 */
export function helperCheckouts(acquisitions: readonly Acquisition[], sourceCode: SourceCode): Acquisition[] {
  const found: Acquisition[] = [];
  const seen = new Set<Variable>();
  let grouped: AwaitedByOwner | undefined;
  const byOwner = () => (grouped ??= awaitedByOwner(acquisitions));
  for (const acquisition of acquisitions) {
    if (acquisition.style !== "await") continue;
    const helper = codePathOwner(acquisition.call);
    if (!isFunction(helper) || !givesOnlyCheckouts(helper, acquisition, byOwner, sourceCode)) continue;
    const variable = functionVariable(helper, sourceCode);
    if (!variable || seen.has(variable)) continue;
    seen.add(variable);
    // A helper forwarding its arguments to connect() checks out only when given none (forwarded-arguments.ts).
    const forwarding = forwardsRestArguments(acquisition.call);
    for (const reference of variable.references) {
      const identifier = reference.identifier as TSESTree.Identifier;
      const call = parentSkippingWrappers(identifier);
      if (call?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(call.callee) !== identifier) continue;
      if (call.range[0] >= helper.range[0] && call.range[1] <= helper.range[1]) continue;
      if (forwarding && call.arguments.length > 0) continue;
      const awaited = parentSkippingWrappers(call);
      if (awaited?.type === AST_NODE_TYPES.AwaitExpression) {
        found.push(awaitedHelperCheckout(call, acquisition.pool, awaitedTarget(sourceCode, awaited)));
      } else if (awaited?.type === AST_NODE_TYPES.ExpressionStatement) {
        // `connect();` as a statement: the promise of a checkout is dropped, as a bare `pool.connect();` is.
        found.push(awaitedHelperCheckout(call, acquisition.pool, { target: "discarded", client: null, binding: call }));
      }
    }
  }
  return found;
}

/** The checkout of an awaited call of a checkout helper (`await getClient()`), given where the awaited value goes. */
export function awaitedHelperCheckout(
  call: TSESTree.CallExpression,
  pool: Acquisition["pool"],
  where: ReturnType<typeof awaitedTarget>,
): Acquisition {
  const { target, client, binding, alternative, heldWhen, wrapped, arms } = where;
  return {
    style: "await",
    call,
    pool,
    target,
    client,
    wrapped,
    alternative,
    heldWhen,
    arms,
    releaseFunction: null,
    errorParameter: null,
    owner: codePathOwner(call),
    binding,
    throughHelper: true,
  };
}
