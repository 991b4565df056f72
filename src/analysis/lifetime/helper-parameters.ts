// The file's own helpers given a client: a function that releases or stores its client parameter on every path turns
// `helper(client)` into a hand-over. Each parameter a client is passed to (and each the file releases) is followed
// like a client of its own, and its answer is asked for by the solver when a path reaches the call.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { Acquisition } from "./acquisition.js";
import { classifyReference } from "./client-references.js";
import { resolveIdentifier } from "../find-variable.js";
import { planTracking } from "./lifetime-plan.js";
import type { Callee, LifetimeEvent, PlanSink, Tracked } from "./lifetime-model.js";
import { solveLeaks, type HelperSummary } from "./lifetime-solver.js";
import { isFunctionNode, memberPropertyName, unwrapExpression, type FunctionNode } from "../node-shapes.js";
import type { SegmentTracker } from "./segments.js";

/** Helpers (functions given a client) followed per file, at most. */
const MAX_HELPERS = 200;

export class HelperParameters {
  private readonly helpers = new Map<TSESTree.Node, Map<number, Tracked>>();
  /** Parameters whose answer is known from their references alone. */
  private readonly staticSummaries = new Map<TSESTree.Node, Map<number, "transfer" | null>>();
  private readonly summaries = new Map<Tracked, "release" | "transfer" | null>();

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly sink: PlanSink,
    private readonly tracker: SegmentTracker<LifetimeEvent>,
  ) {}

  /** Follows parameter `index` of `fn` (once; at most MAX_HELPERS functions). */
  follow(fn: FunctionNode, index: number): void {
    const byIndex = this.helpers.get(fn) ?? new Map<number, Tracked>();
    if (byIndex.has(index) || this.helpers.size > MAX_HELPERS) return;
    const param = fn.params[index];
    const variable = param?.type === AST_NODE_TYPES.Identifier ? this.declaredParameter(fn, param) : null;
    if (!variable) return;
    const subject = { style: "then" as const, client: variable, releaseFunction: null, errorParameter: null, owner: fn, binding: param! };
    this.helpers.set(fn, byIndex);
    // A helper that never releases, stores or passes on its parameter needs no path of its own followed: its answer
    // is known from its references alone (kept in a closure, or nothing).
    const kinds = variable.references.map((reference) => classifyReference(reference.identifier as TSESTree.Identifier, subject as Acquisition));
    if (!kinds.some((kind) => kind === "release" || kind === "transfer" || kind === "argument")) {
      const known = this.staticSummaries.get(fn) ?? new Map<number, "transfer" | null>();
      this.staticSummaries.set(fn, known.set(index, capturedInClosure(variable, fn) ? "transfer" : null));
      return;
    }
    byIndex.set(index, planTracking(subject, null, this.sourceCode, this.sink));
  }

  /** Follows each parameter that one of these `x.release` members releases. */
  followReleasing(releaseMembers: readonly TSESTree.MemberExpression[]): void {
    for (const member of releaseMembers) {
      const object = unwrapExpression(member.object);
      if (object.type !== AST_NODE_TYPES.Identifier) continue;
      const definition = resolveIdentifier(this.sourceCode, object)?.defs[0];
      if (definition?.type !== "Parameter" || !isFunctionNode(definition.node)) continue;
      const index = definition.node.params.findIndex((param) => param === definition.name);
      if (index >= 0) this.follow(definition.node, index);
    }
  }

  /** The helper never releases, stores, passes on or keeps in a closure the client given at `index`: it only uses it. */
  onlyUses({ callee, index }: Callee): boolean {
    const known = this.staticSummaries.get(callee);
    return known?.has(index) === true && known.get(index) === null;
  }

  /** What a followed helper does with the client given at `index`: releases it, keeps it, or neither (null). */
  readonly releasesParameter: HelperSummary = ({ callee, index }) => {
    const tracked = this.helpers.get(callee)?.get(index);
    if (!tracked) return this.staticSummaries.get(callee)?.get(index) ?? null;
    const known = this.summaries.get(tracked);
    if (known !== undefined) return known;
    this.summaries.set(tracked, null); // recursion: assume it does not, until proven
    const everyPath = tracked.units.every(
      (unit) => unit.codePath !== null && solveLeaks(unit, this.tracker, this.releasesParameter).length === 0,
    );
    const result = !everyPath
      ? capturedByClosure(tracked)
        ? "transfer"
        : null
      : tracked.hasRelease && !tracked.hasTransfer
        ? "release"
        : "transfer";
    this.summaries.set(tracked, result);
    return result;
  };

  private declaredParameter(fn: FunctionNode, param: TSESTree.Identifier): TSESLint.Scope.Variable | null {
    return this.sourceCode.getDeclaredVariables(fn).find((variable) => variable.identifiers.includes(param)) ?? null;
  }
}

/**
 * A helper that neither releases nor stores its client parameter but uses it in a closure of its own (a worker's
 * `doNext`, returned to the caller) keeps it for as long as that closure lives: a hand-over we cannot follow.
 */
function capturedByClosure(tracked: Tracked): boolean {
  if (tracked.hasRelease || tracked.hasTransfer || !tracked.subject.client) return false;
  return capturedInClosure(tracked.subject.client, tracked.subject.owner);
}

/**
 * Some reference to `variable` sits in a function nested in `owner` that may outlive the call: a closure keeps it.
 * The callback of `Promise.all(items.map(cb))` does not: Promise.all walks what `map` returns before it returns, so
 * every call of `cb` has begun by then (the Next.js Learn seed script's `seedUsers(client)` inserting each row).
 */
function capturedInClosure(variable: TSESLint.Scope.Variable, owner: TSESTree.Node): boolean {
  return variable.references.some((reference) => {
    for (let node: TSESTree.Node | undefined = reference.identifier.parent; node && node !== owner; node = node.parent) {
      if (isFunctionNode(node) && !isCombinedMapCallback(node)) return true;
    }
    return false;
  });
}

const PROMISE_COMBINATORS = new Set(["all", "allSettled", "any", "race"]);

/** `fn` is the callback of `x.map(fn)` whose result is the argument of `Promise.all(…)` (or allSettled, any, race). */
function isCombinedMapCallback(fn: TSESTree.Node): boolean {
  const map = fn.parent;
  if (map?.type !== AST_NODE_TYPES.CallExpression || map.arguments[0] !== fn) return false;
  if (map.callee.type !== AST_NODE_TYPES.MemberExpression || memberPropertyName(map.callee) !== "map") return false;
  const combinator = map.parent;
  if (combinator?.type !== AST_NODE_TYPES.CallExpression || combinator.arguments.length !== 1 || combinator.arguments[0] !== map) return false;
  const callee = combinator.callee;
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === "Promise" &&
    PROMISE_COMBINATORS.has(memberPropertyName(callee) ?? "")
  );
}
