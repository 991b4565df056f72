// A release inside the callback an iteration runs once per item: `items.forEach((item) => { …; done(); })`,
// `async.each(items, (item, cb) => { query(item, () => { done(); cb(); }); })`. The client was checked out once,
// outside the iteration, so the first item gives it back while the others still use it, and every later item
// releases it again: pg throws "Release called on client which has already been released to the pool." (node-pg-pool
// issue #50's async.each example). ESLint's code paths have no loop edge for a callback, so the after-release solver
// does not see this repetition; it is found here, syntactically.
//
// Only an unconditional release counts: walking up from it to the iteration's callback, no `if`, `?:`, `&&`/`||`,
// `switch`, `catch` or loop may stand in between (`if (i === items.length - 1) done()` releases once), and a function
// on the way must be an argument of a call (a node-style continuation, which runs when that call completes).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { isFunction } from "../ast-walk.js";
import { decidesWhetherRuns, methodCall, unwrapExpression } from "../node-shapes.js";

/** Array methods that call their first argument once per element. */
export const ARRAY_ITERATIONS = new Set(["forEach", "map", "flatMap", "filter", "some", "every", "find", "findIndex", "reduce"]);
/** The `async` package's iterations: the iteratee's position among the arguments. */
const ASYNC_ITERATEE_INDEX: Record<string, number> = {
  each: 1,
  eachSeries: 1,
  forEach: 1,
  forEachSeries: 1,
  eachOf: 1,
  eachOfSeries: 1,
  forEachOf: 1,
  map: 1,
  mapSeries: 1,
  times: 1,
  timesSeries: 1,
  eachLimit: 2,
  forEachLimit: 2,
  eachOfLimit: 2,
  mapLimit: 2,
  timesLimit: 2,
};

/** A release repeated once per item, and the iteration call that repeats it. */
export interface PerItemRelease {
  release: TSESTree.Identifier;
  iteration: TSESTree.CallExpression;
}

/** Which of `releases` (identifiers of `c.release()` or `done()` calls) sit in a per-item callback below `owner`. */
export function perItemReleases(releases: readonly TSESTree.Identifier[], owner: TSESTree.Node): PerItemRelease[] {
  const found: PerItemRelease[] = [];
  for (const release of releases) {
    const iteration = repeatingIteration(release, owner);
    if (iteration) found.push({ release, iteration });
  }
  return found;
}

/** The iteration call whose per-item callback reaches `release` unconditionally, below `owner`; else null. */
function repeatingIteration(release: TSESTree.Identifier, owner: TSESTree.Node): TSESTree.CallExpression | null {
  let child: TSESTree.Node = release;
  let current: TSESTree.Node | undefined = release.parent;
  while (current && current !== owner) {
    if (decidesWhetherRuns(current, child)) return null;
    if (isFunction(current)) {
      const call: TSESTree.Node | undefined = current.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(current as TSESTree.CallExpressionArgument)) {
        return null;
      }
      if (runsPerItem(call, current)) return call;
    }
    child = current;
    current = current.parent;
  }
  return null;
}

/** `call` runs `fn` once per item: `items.forEach(fn)`, `async.each(items, fn)`; not over a literal of one item. */
function runsPerItem(call: TSESTree.CallExpression, fn: TSESTree.Node): boolean {
  const method = methodCall(call);
  if (!method) return false;
  if (ARRAY_ITERATIONS.has(method.name) && call.arguments[0] === fn) {
    const items = unwrapExpression(method.object);
    return items.type !== AST_NODE_TYPES.ArrayExpression || items.elements.length > 1;
  }
  const index = ASYNC_ITERATEE_INDEX[method.name];
  if (index === undefined || call.arguments[index] !== fn) return false;
  const library = unwrapExpression(method.object);
  if (library.type !== AST_NODE_TYPES.Identifier || library.name !== "async") return false;
  const items = call.arguments[0] ? unwrapExpression(call.arguments[0]) : null;
  return items?.type !== AST_NODE_TYPES.ArrayExpression || items.elements.length > 1;
}
