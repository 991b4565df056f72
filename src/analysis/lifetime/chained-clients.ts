// A client handed down a promise chain: `.then((result) => { …; return client; }).then((client) => { … })`. The
// success handler that returns the client passes it to the next `.then`'s handler, whose parameter (often the same
// name, shadowing) is then the same client: its release is the release, and a rejection earlier in the chain skips it.
// The next handler may sit outside the function holding the client, after the `.then` whose handler returned the
// chain (SAEON/data-portal: `pool.connect().then((client) => client.query(q).then(() => client)).then((c) =>
// c.release())`): handing the client down there is then the release, made only when every step before it fulfils.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { encloses, isFunctionNode, memberPropertyName, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
type Variable = TSESLint.Scope.Variable;

/** Chains longer than this are not followed further. */
const MAX_LINKS = 8;
/** Chains returned by success handlers of enclosing chains, followed outwards no further than this. */
const MAX_NESTING = 2;

/**
 * The variables the client is handed down to along promise chains, starting from `client`, and the `return client`
 * references that hand it down (no longer hand-overs out of the function: the chain keeps the client). With `owner`,
 * a hand-down to a handler outside it is not followed: it is listed in `leaving` with whether the client is released
 * down that chain (a `.release(…)` of a variable it is handed down to), and its variables are not returned.
 */
export function chainedClients(
  client: Variable,
  sourceCode: Readonly<TSESLint.SourceCode>,
  owner?: TSESTree.Node,
): { variables: Variable[]; handedDown: Set<TSESTree.Node>; leaving: Map<TSESTree.Node, boolean> } {
  const variables: Variable[] = [];
  const handedDown = new Set<TSESTree.Node>();
  const leaving = new Map<TSESTree.Node, boolean>();
  const queue = [client];
  for (let index = 0; index < queue.length && variables.length < MAX_LINKS; index++) {
    for (const reference of queue[index]!.references) {
      const identifier = reference.identifier as TSESTree.Identifier;
      const next = nextHandlerParameter(identifier);
      if (!next) continue;
      const variable = sourceCode.getDeclaredVariables(next.fn).find((candidate) => candidate.identifiers.includes(next.param));
      if (!variable || variables.includes(variable) || variable === client) continue;
      if (owner && !encloses(owner, next.fn)) {
        leaving.set(identifier, releasedDownChain(variable, sourceCode));
        continue;
      }
      handedDown.add(identifier);
      variables.push(variable);
      queue.push(variable);
    }
  }
  return { variables, handedDown, leaving };
}

/** Whether `client`, or a variable it is handed down to, is released (`x.release(…)`) down its chain. */
function releasedDownChain(client: Variable, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const { variables } = chainedClients(client, sourceCode);
  return [client, ...variables].some((variable) =>
    variable.references.some((reference) => {
      const member = parentSkippingWrappers(reference.identifier as TSESTree.Node);
      if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(member.object) !== reference.identifier) return false;
      const call = parentSkippingWrappers(member);
      return memberPropertyName(member) === "release" && call?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(call.callee) === member;
    }),
  );
}

/** For `return client` (or `=> client`) in the success handler `h` of `x.then(h).then(g)`: g and its first parameter. */
function nextHandlerParameter(identifier: TSESTree.Identifier): { fn: TSESTree.Node; param: TSESTree.Identifier } | null {
  const parent = parentSkippingWrappers(identifier);
  let handler: TSESTree.Node | undefined;
  if (parent?.type === AST_NODE_TYPES.ReturnStatement) {
    for (let current: TSESTree.Node | undefined = parent.parent; current; current = current.parent) {
      if (isFunctionNode(current)) {
        handler = current;
        break;
      }
    }
  } else if (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && unwrapExpression(parent.body) === identifier) {
    handler = parent;
  }
  let thenCall = handler?.parent;
  if (thenCall?.type !== AST_NODE_TYPES.CallExpression || thenCall.arguments[0] !== handler || !isThen(thenCall.callee)) return null;
  // `outer.then((client) => client.query(q).then(() => client)).then((c) => …)` (SAEON/data-portal's query helper):
  // a chain returned by a success handler settles that handler's promise, so the client it ends with goes on to the
  // handler after the outer `.then`. Followed up to MAX_NESTING returned chains.
  for (let depth = 0; depth <= MAX_NESTING; depth++) {
    const next = followingHandler(thenCall);
    if (next) return next;
    if (depth === MAX_NESTING) break;
    const returning = returningSuccessHandler(thenCall);
    if (!returning) return null;
    thenCall = returning;
  }
  return null;
}

/** For `x.then(h).then(g)`, given the `x.then(h)` call: g and its first parameter (a plain identifier); else null. */
function followingHandler(thenCall: TSESTree.CallExpression): { fn: TSESTree.Node; param: TSESTree.Identifier } | null {
  const member = parentSkippingWrappers(thenCall);
  if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(member.object) !== thenCall || !isThen(member)) return null;
  const nextCall = parentSkippingWrappers(member);
  if (nextCall?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(nextCall.callee) !== member) return null;
  const next = nextCall.arguments[0];
  if (!next || !isFunctionNode(next)) return null;
  const param = next.params[0];
  return param?.type === AST_NODE_TYPES.Identifier ? { fn: next, param } : null;
}

/** The `y.then(h)` call whose success handler `h` returns `chain` (an arrow's body, or `return chain;`); else null. */
function returningSuccessHandler(chain: TSESTree.CallExpression): TSESTree.CallExpression | null {
  const parent = parentSkippingWrappers(chain);
  let handler: TSESTree.Node | undefined;
  if (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && unwrapExpression(parent.body) === chain) handler = parent;
  else if (parent?.type === AST_NODE_TYPES.ReturnStatement) {
    const block = parent.parent;
    const fn = block?.type === AST_NODE_TYPES.BlockStatement ? block.parent : undefined;
    if (fn && isFunctionNode(fn)) handler = fn;
  }
  const thenCall = handler?.parent;
  if (thenCall?.type !== AST_NODE_TYPES.CallExpression || thenCall.arguments[0] !== handler || !isThen(thenCall.callee)) return null;
  return thenCall;
}

function isThen(node: TSESTree.Node): boolean {
  const member = unwrapExpression(node);
  return member.type === AST_NODE_TYPES.MemberExpression && memberPropertyName(member) === "then";
}
