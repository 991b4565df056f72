// A release that sits in a later task of an `async` task list: `async.series([t1, t2, (next) => { done(); next(); }],
// cb)`. series and waterfall run a task only when every task before it succeeded; the first task that passes an error
// ends the list, the remaining tasks never run and the final callback gets the error. A client released only in such
// a task stays checked out whenever an earlier task fails (emerleite/node-database-cleaner's test hooks).
//
// Reported only when the failure is real work on the client: some earlier element of the list uses the client (a
// task calling `client.query(…, next)`, or a task made by a call given the client, `queryClient(client, sql)`). A
// release in the first task, in the final callback, or anywhere outside the list is not this shape.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { methodCall, unwrapExpression } from "../node-shapes.js";

/** The `async` package's task lists that stop at the first failing task: the list is their first argument. */
const STOPPING_TASK_LISTS = new Set(["series", "waterfall"]);

/** A release found only in a later task of a task list. */
export interface TaskListRelease {
  /** The `async.series(…)` / `async.waterfall(…)` call. */
  call: TSESTree.CallExpression;
  /** `series` or `waterfall`. */
  method: string;
  /** The earlier element of the list that uses the client, whose failure skips the release. */
  failing: TSESTree.Node;
}

/**
 * When every releasing reference sits in one task list's elements after the first, and an element before the first
 * releasing one uses the client (a reference in `clientReferences`): that list. Null otherwise.
 */
export function laterTaskOnlyRelease(
  releasing: ReadonlyArray<{ identifier: TSESTree.Identifier; nested: readonly TSESTree.Node[] }>,
  clientReferences: ReadonlySet<TSESTree.Node>,
): TaskListRelease | null {
  let list: { call: TSESTree.CallExpression; method: string; elements: readonly (TSESTree.Node | null)[] } | null = null;
  let firstReleasingIndex = Number.POSITIVE_INFINITY;
  for (const { nested } of releasing) {
    const found = taskOf(nested);
    if (!found || (list && found.call !== list.call)) return null;
    list ??= found;
    firstReleasingIndex = Math.min(firstReleasingIndex, found.index);
  }
  if (!list || firstReleasingIndex < 1) return null;
  for (const element of list.elements.slice(0, firstReleasingIndex)) {
    if (element && usesClient(element, clientReferences)) return { call: list.call, method: list.method, failing: element };
  }
  return null;
}

/** The task list, and the element's index, of the outermost function in `nested` when it is an element of one. */
function taskOf(
  nested: readonly TSESTree.Node[],
): { call: TSESTree.CallExpression; method: string; elements: readonly (TSESTree.Node | null)[]; index: number } | null {
  const task = nested[0];
  const array = task?.parent;
  if (!task || array?.type !== AST_NODE_TYPES.ArrayExpression) return null;
  const call = array.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== array) return null;
  const method = methodCall(call);
  if (!method || !STOPPING_TASK_LISTS.has(method.name)) return null;
  const library = unwrapExpression(method.object);
  if (library.type !== AST_NODE_TYPES.Identifier || library.name !== "async") return null;
  return { call, method: method.name, elements: array.elements, index: array.elements.indexOf(task as TSESTree.Expression) };
}

/** Some reference to the client lies inside `element`. */
function usesClient(element: TSESTree.Node, clientReferences: ReadonlySet<TSESTree.Node>): boolean {
  for (const reference of clientReferences) {
    if (reference.range[0] >= element.range[0] && reference.range[1] <= element.range[1]) return true;
  }
  return false;
}
