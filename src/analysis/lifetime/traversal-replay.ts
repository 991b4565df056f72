// Following a few code paths of a file through ESLint's own traversal, without listening to all of it.
//
// ESLint (9.x with language support, and 10) computes a file's traversal once, before any rule runs: every node
// entered and left, and every code path event, in order (`SourceCode#traverse()`, cached on the SourceCode). A rule
// that listens to `onCodePathSegmentStart` or `CallExpression:exit` is called for every such event of the whole file,
// while the lifetime analysis needs the events inside the few functions that hold a client. Replaying the steps
// between the start and the end of those functions' code paths gives the same events, in the same order, to the same
// handlers, and nothing else: measured on the bench corpus, ~32,000 listener calls per pass become a scan of the
// steps of the files that acquire a client.
//
// When the steps are not there (an ESLint without `traverse()`, or an AST without code path analysis), the caller
// falls back to ordinary listeners.
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

type SourceCode = Readonly<TSESLint.SourceCode>;

interface VisitStep {
  type: "visit";
  target: TSESTree.Node;
  /** 1: entering the node; 2: leaving it. */
  phase: 1 | 2;
}

interface CallStep {
  type: "call";
  /** The event's name: onCodePathStart, onCodePathSegmentStart, …, onCodePathEnd. */
  target: string;
  args: readonly unknown[];
}

export type TraversalStep = VisitStep | CallStep;

export type NodeHandler = (node: TSESTree.Node) => void;
/** A code path event's handler: the code path or segment, and the node it happened at. */
export type CodePathHandler = (subject: never, node: TSESTree.Node) => void;

/** What a replay calls: node handlers by node type, on entering and on leaving; code path handlers by event name. */
export interface ReplayHandlers {
  enter: ReadonlyMap<string, NodeHandler>;
  exit: ReadonlyMap<string, NodeHandler>;
  codePath: ReadonlyMap<string, CodePathHandler>;
}

const isCallStep = (step: unknown): step is CallStep =>
  typeof step === "object" &&
  step !== null &&
  (step as CallStep).type === "call" &&
  typeof (step as CallStep).target === "string" &&
  Array.isArray((step as CallStep).args);

/**
 * The file's traversal steps, or null when they cannot be replayed: no `traverse()`, or steps that do not start with
 * the Program's code path (no code path analysis, or a step format this code does not know).
 */
export function traversalSteps(sourceCode: SourceCode): readonly TraversalStep[] | null {
  const traverse: unknown = (sourceCode as { traverse?: unknown }).traverse;
  if (typeof traverse !== "function") return null;
  let steps: unknown;
  try {
    steps = traverse.call(sourceCode);
  } catch {
    return null;
  }
  if (!Array.isArray(steps)) return null;
  const first: unknown = steps[0];
  return isCallStep(first) && first.target === "onCodePathStart" && first.args[1] === sourceCode.ast
    ? (steps as TraversalStep[])
    : null;
}

/**
 * Replays, for each code path that starts at one of `roots`, every step from its `onCodePathStart` to its
 * `onCodePathEnd` (the paths nested in it included). A root inside another root is replayed once, as part of the
 * outer one; a root that starts no code path is never replayed.
 */
export function replayCodePaths(
  steps: readonly TraversalStep[],
  roots: ReadonlySet<TSESTree.Node>,
  handlers: ReplayHandlers,
): void {
  // Outer roots first (a root that starts where another does but ends later contains it), so that an inner root is
  // met in its outer root's replay, before its own turn comes.
  const ordered = [...roots].sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
  const replayed = new Set<TSESTree.Node>();
  for (const root of ordered) {
    if (replayed.has(root)) continue;
    const start = findPathStart(steps, root);
    if (start >= 0) replayPath(steps, start, handlers, replayed);
  }
}

/**
 * The index of the (first) `onCodePathStart` step of `root`; -1 if there is none. The steps follow the source:
 * entering a node is at its start, leaving it at its end, and a code path starts just before its node is entered.
 * So a binary search on those offsets lands at the first step at the root's offset, and the start is among the
 * steps that follow while the nodes entered still start there (the root's ancestors that start where it does):
 * a whole file's steps (thousands, each a cold object) are not read for each root. Where the order does not follow
 * the source (a template literal visits its strings before its expressions), the start may not be there: then
 * every step is searched.
 */
function findPathStart(steps: readonly TraversalStep[], root: TSESTree.Node): number {
  const offset = root.range[0];
  let low = 0;
  let high = steps.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (offsetAt(steps, middle) < offset) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < steps.length; index++) {
    const step = steps[index]!;
    if (startsPathOf(step, root)) return index;
    if (step.type === "visit" && visitOffset(step) > offset) break;
  }
  return steps.findIndex((step) => startsPathOf(step, root));
}

/** The source offset of the first node step at or after `index` (Infinity after the last). */
function offsetAt(steps: readonly TraversalStep[], index: number): number {
  for (let at = index; at < steps.length; at++) {
    const step = steps[at]!;
    if (step.type === "visit") return visitOffset(step);
  }
  return Infinity;
}

/** Where in the source a node step happens: entering a node at its start, leaving it at its end. */
const visitOffset = (step: VisitStep): number => (step.phase === 1 ? step.target.range[0] : step.target.range[1]);

const startsPathOf = (step: TraversalStep, root: TSESTree.Node): boolean =>
  step.type === "call" && step.target === "onCodePathStart" && step.args[1] === root;

/**
 * Replays from the code path starting at `start` to that same path's end, adding the node of every path started on
 * the way to `started`. By the path, not its node: a class field's function value starts two paths at one node (the
 * field initializer's, then the function's), which end in the reverse order.
 */
function replayPath(
  steps: readonly TraversalStep[],
  start: number,
  handlers: ReplayHandlers,
  started: Set<TSESTree.Node>,
): void {
  const path = (steps[start] as CallStep).args[0];
  for (let index = start; index < steps.length; index++) {
    const step = steps[index]!;
    if (step.type === "visit") {
      const handler = (step.phase === 1 ? handlers.enter : handlers.exit).get(step.target.type);
      if (handler) handler(step.target);
      continue;
    }
    const handler = handlers.codePath.get(step.target);
    if (handler) handler(step.args[0] as never, step.args[1] as TSESTree.Node);
    if (step.target === "onCodePathStart") started.add(step.args[1] as TSESTree.Node);
    else if (step.target === "onCodePathEnd" && step.args[0] === path) return;
  }
}

/**
 * The same handlers as ESLint listeners, for an ESLint whose traversal cannot be replayed: identifiers only with one
 * of `identifierNames` (by name, in the selector: ESLint's dispatch filters the identifiers, so the handler runs only
 * for the few that have events), and `onProgramEnd` once the Program's code path ends.
 */
export function handlersAsListeners(
  handlers: ReplayHandlers,
  identifierNames: ReadonlySet<string>,
  onProgramEnd: () => void,
): TSESLint.RuleListener {
  const listening: Record<string, (...args: never[]) => void> = Object.fromEntries(handlers.codePath);
  const onCodePathEnd = handlers.codePath.get("onCodePathEnd");
  listening.onCodePathEnd = (path: TSESLint.CodePath, node: TSESTree.Node) => {
    onCodePathEnd?.(path as never, node);
    if (path.upper === null) onProgramEnd();
  };
  for (const [type, handler] of handlers.enter) listening[type === "Identifier" ? identifierSelector(identifierNames) : type] = handler;
  for (const [type, handler] of handlers.exit) listening[`${type}:exit`] = handler;
  return listening as TSESLint.RuleListener;
}

/** An esquery selector for identifiers with one of these names (none: a selector that never matches). */
function identifierSelector(names: ReadonlySet<string>): string {
  if (names.size === 0) return "Identifier[name=/^$/]";
  const escaped = [...names].map((name) => name.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&"));
  return `Identifier[name=/^(?:${escaped.join("|")})$/]`;
}
