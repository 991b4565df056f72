// What the rewrite needs to know about the code that moves into the callback, gathered in ONE walk of it: the shapes
// an async arrow cannot carry over (inspectBody's questions), the client's `release()` calls, and the calls that use
// the pool. Each leak used to walk the moved code once per question (four walks, each allocating as it went); the
// answers are read from this scan in the order the questions were asked, so the first refusal a user sees is the
// same.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { forEachChildLastFirst, isFunction, isLoop, walk, type VisitorKeys } from "../ast-walk.js";
import { calleeName, insideRange, methodCall, unwrapExpression } from "../node-shapes.js";
import { resolveIdentifier } from "../find-variable.js";
import { awaitedParts } from "./awaited-value.js";
import { maySloppilyRun } from "./sloppy-mode.js";

type Source = Readonly<TSESLint.SourceCode>;

export interface MovedCodeScan {
  /** The first shape an async arrow cannot carry over (in source order), or null. */
  reason: string | null;
  /** A `return` of the enclosing function (not of a nested one) occurs in the moved code. */
  returns: boolean;
  /** Every `<client>.release(…)` call, in source order (nested functions included); empty without a client name. */
  releaseCalls: TSESTree.CallExpression[];
  /**
   * Every call that uses the pool (see poolUse) and every read of its counts, in source order, with what it does to
   * the pool; `holdsSafely`: it may run while the callback holds the client, as it did in the original (a query, the
   * pool handed to a call, a count read); `returned`: it is part of the value a `return` of the enclosing function
   * gives back without awaiting it.
   */
  poolUses: Array<{ call: TSESTree.Node; use: string; holdsSafely: boolean; returned?: true }>;
  /** `using`/`await using` declarations of the moved code (outside nested functions), in source order. */
  disposals: TSESTree.VariableDeclaration[];
  /**
   * The calls that are part of the value a `return` of the enclosing function gives back without awaiting it, where
   * the original released the client as the function returned (returned-async-calls.ts reads them).
   */
  returnedCalls: TSESTree.CallExpression[];
  /** The names read into such a value (`return p`, `return Promise.all([p, q])`), whose writes may hold such calls. */
  returnedNames: TSESTree.Identifier[];
  /** The `this` read into such a value (`return this.pending`). */
  returnedSelves: TSESTree.ThisExpression[];
}

const POOL_METHODS = new Set(["end", "connect", "query"]);
// pg-pool's counts: read after a release, they count that client as idle; read inside the callback, as still held.
const POOL_COUNTS = new Set(["totalCount", "idleCount", "waitingCount", "expiredCount"]);
const HELPERS = new Set(["withClient", "withTransaction"]);

/** `source.getText(node) === text`, without slicing the text out (every `c.query(…)` of the moved code asks). */
function writtenAs(source: Source, node: TSESTree.Node, text: string): boolean {
  const [start, end] = node.range;
  return end - start === text.length && source.text.startsWith(text, start);
}

/** What a call does to the pool written as `poolText`, or null when it does not use that pool. */
export function poolUse(source: Source, call: TSESTree.CallExpression, poolText: string): { use: string; holdsSafely: boolean } | null {
  const method = methodCall(call);
  if (method && POOL_METHODS.has(method.name) && writtenAs(source, method.object, poolText)) {
    return { use: `\`${poolText}.${method.name}()\``, holdsSafely: method.name === "query" };
  }
  const name = calleeName(call);
  const first = call.arguments[0];
  if (name && HELPERS.has(name) && first && writtenAs(source, unwrapExpression(first), poolText)) {
    return { use: `\`${name}(${poolText}, …)\``, holdsSafely: false };
  }
  // The pool handed to a call (`await total(pool)`): what the callee does with it is not seen here — a query, or a
  // checkout of its own, which waits on the client a callback still holds.
  if (call.arguments.some((argument) => writtenAs(source, unwrapExpression(argument), poolText))) {
    const callee = source.getText(call.callee);
    const shown = callee.length <= 40 ? callee : calleeName(call) ?? "a call";
    return { use: `\`${shown}(${call.arguments.length === 1 ? poolText : `…, ${poolText}, …`})\``, holdsSafely: true };
  }
  return null;
}


/** Whether a `try` of the moved code around `node` (in its block or handler) has a `finally` that calls `<client>.release()`. */
function finallyReleases(node: TSESTree.Node, clientName: string, moved: readonly [number, number], visitorKeys: VisitorKeys): boolean {
  for (let child = node, current = node.parent; current && insideRange(current, moved); child = current, current = current.parent) {
    if (isFunction(current)) return false;
    if (current.type !== AST_NODE_TYPES.TryStatement || !current.finalizer || child === current.finalizer) continue;
    let releases = false;
    walk(current.finalizer, visitorKeys, (inner) => {
      if (releases) return false;
      const method = inner.type === AST_NODE_TYPES.CallExpression ? methodCall(inner) : null;
      releases = method?.name === "release" && method.object.type === AST_NODE_TYPES.Identifier && method.object.name === clientName;
      return true;
    });
    if (releases) return true;
  }
  return false;
}

/** Whether `break`/`continue` jumps to a statement outside `moved` (the callback would end there instead). */
function jumpLeaves(jump: TSESTree.BreakStatement | TSESTree.ContinueStatement, moved: readonly [number, number]): boolean {
  for (let current: TSESTree.Node | undefined = jump.parent; current; current = current.parent) {
    if (!insideRange(current, moved)) return true;
    if (jump.label) {
      if (current.type === AST_NODE_TYPES.LabeledStatement && current.label.name === jump.label.name) return false;
    } else if (isLoop(current) || (jump.type === AST_NODE_TYPES.BreakStatement && current.type === AST_NODE_TYPES.SwitchStatement)) {
      return false;
    }
  }
  return true;
}

function isValueReference(identifier: TSESTree.Identifier): boolean {
  const parent = identifier.parent;
  if (parent.type === AST_NODE_TYPES.MemberExpression && parent.property === identifier && !parent.computed) return false;
  if (parent.type === AST_NODE_TYPES.Property && parent.key === identifier && !parent.computed && !parent.shorthand) {
    return false;
  }
  return true;
}

/**
 * Scans the moved nodes. `clientName` selects the release calls to collect (null: none); `poolText` is the pool as
 * written, whose uses are collected.
 */
export function scanMovedCode(
  source: Source,
  moved: readonly TSESTree.Node[],
  movedRange: readonly [number, number],
  clientName: string | null,
  poolText: string,
): MovedCodeScan {
  const scan: MovedCodeScan = { reason: null, returns: false, releaseCalls: [], poolUses: [], disposals: [], returnedCalls: [], returnedNames: [], returnedSelves: [] };
  // The calls of the values `return`s give back without awaiting them (awaited-value.ts), found as each `return` is
  // reached, before the calls inside it.
  const returned = new Set<TSESTree.CallExpression>();
  const visitorKeys: VisitorKeys = source.visitorKeys;
  const note = (text: string): void => {
    scan.reason ??= text;
  };
  const onCall = (call: TSESTree.CallExpression): void => {
    if (clientName !== null) {
      const method = methodCall(call);
      if (method?.name === "release" && method.object.type === AST_NODE_TYPES.Identifier && method.object.name === clientName) {
        scan.releaseCalls.push(call);
      }
    }
    const use = poolUse(source, call, poolText);
    // `return pool.query(…)` un-awaited: the original's `finally` gave the client back as the query started, the
    // callback, whose returned promise withClient awaits, would hold it until the query ends — a second client of
    // the same pool, which waits forever for the first when no other is left.
    if (use) scan.poolUses.push(returned.has(call) ? { call, use: use.use, holdsSafely: false, returned: true } : { call, ...use });
  };
  // Depth first in source order, on a stack of its own (a deep expression must not overflow the call stack); each
  // entry's flags: 1 = inside a nested function, 2 = inside a nested non-arrow function. A nested function has its
  // own `return`/`yield`/jump targets (only non-arrow ones own `arguments`/`super`): its parameters and body are read
  // with that noted, its name and types are not read (they hold no call and nothing inspectBody asks about).
  const nodes: TSESTree.Node[] = [];
  const flags: number[] = [];
  const push = (node: TSESTree.Node, flag: number): void => {
    nodes.push(node);
    flags.push(flag);
  };
  for (let index = moved.length - 1; index >= 0; index -= 1) push(moved[index]!, 0);
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const flag = flags.pop()!;
    const inFunction = (flag & 1) !== 0;
    const inNonArrow = (flag & 2) !== 0;
    if (isFunction(node)) {
      const inner = 1 | (inNonArrow || node.type !== AST_NODE_TYPES.ArrowFunctionExpression ? 2 : 0);
      if (node.body) push(node.body, inner);
      for (let index = node.params.length - 1; index >= 0; index -= 1) push(node.params[index]!, inner);
      continue;
    }
    switch (node.type) {
      case AST_NODE_TYPES.CallExpression:
        onCall(node);
        if (!inFunction && isSloppyDirectEval(source, node)) {
          note("a direct `eval` runs in the body: outside strict mode the `var`s and functions it declares would belong to the callback, not the function");
        }
        break;
      case AST_NODE_TYPES.MemberExpression:
        if (!node.computed && node.property.type === AST_NODE_TYPES.Identifier && POOL_COUNTS.has(node.property.name)) {
          if (writtenAs(source, unwrapExpression(node.object), poolText)) {
            scan.poolUses.push({ call: node, use: `\`${poolText}.${node.property.name}\``, holdsSafely: true });
          }
        }
        break;
      case AST_NODE_TYPES.YieldExpression:
        if (!inFunction) note("the body uses `yield`");
        break;
      case AST_NODE_TYPES.Super:
        if (!inNonArrow) note("the body uses `super`");
        break;
      case AST_NODE_TYPES.Identifier:
        if (node.name === "arguments" && !inNonArrow && isValueReference(node)) note("the body uses `arguments`");
        break;
      case AST_NODE_TYPES.BreakStatement:
      case AST_NODE_TYPES.ContinueStatement:
        if (!inFunction && jumpLeaves(node, movedRange)) {
          note(`\`${node.type === AST_NODE_TYPES.BreakStatement ? "break" : "continue"}\` leaves the body`);
        }
        break;
      case AST_NODE_TYPES.ReturnStatement:
        if (!inFunction) {
          scan.returns = true;
          // Only where the original gave the client back as the function returned: a prefer-with-client block's
          // `finally` (no client name given), or a `finally` of the held code that releases it.
          const releasedOnReturn = clientName === null || finallyReleases(node, clientName, movedRange, visitorKeys);
          if (node.argument && releasedOnReturn) {
            const parts = awaitedParts(node.argument, source);
            for (const call of parts.calls) returned.add(call);
            scan.returnedCalls.push(...parts.calls);
            scan.returnedNames.push(...parts.names);
            scan.returnedSelves.push(...parts.selves);
          }
        }
        break;
      case AST_NODE_TYPES.VariableDeclaration:
        if (!inFunction && (node.kind === "using" || node.kind === "await using")) scan.disposals.push(node);
        break;
      default:
        break;
    }
    // The children, pushed last first so that they come off the stack in source order.
    forEachChildLastFirst(node, visitorKeys, (child) => push(child, flag));
  }
  return scan;
}

/**
 * Why the callback must not take in the moved code, from its pool uses: they end the pool or check out from it again
 * (a hang while the callback holds a client, whatever the original did), or — at or after `releasedFrom`, where the
 * original had released already — use the pool at all. Null when the move is safe.
 */
export function poolUseReason(scan: MovedCodeScan, releasedFrom: number | null): string | null {
  for (const { call, use, holdsSafely, returned } of scan.poolUses) {
    if (releasedFrom !== null && call.range[0] >= releasedFrom) {
      return `${use} runs after a \`release()\` that is not on every path, and would run while the callback still holds the client`;
    }
    if (returned) {
      return `${use} is returned without \`await\`: the original gave the client back as it started, the callback would hold the client until it ends (a second checkout of the same pool)`;
    }
    if (!holdsSafely) {
      return `${use} would run while the callback holds the client (\`end()\` waits for it, a second checkout can too)`;
    }
  }
  return null;
}

/** The offset of the first `<client>.release(…)` call the scan found, or null when the moved code never releases. */
export function firstReleaseOffset(scan: MovedCodeScan): number | null {
  let first: number | null = null;
  for (const call of scan.releaseCalls) if (first === null || call.range[0] < first) first = call.range[0];
  return first;
}

/**
 * A direct `eval(…)` (the global one: the file declares no `eval`) that may run outside strict mode, where the `var`s
 * and functions its code declares go to the function the call runs in (rewrite-33: `eval(code); … return typeof n`
 * after the block saw `n`, the fix's callback kept it). Strict code gives eval a scope of its own.
 */
function isSloppyDirectEval(source: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== "eval") return false;
  if ((resolveIdentifier(source, callee)?.defs.length ?? 0) > 0) return false;
  return maySloppilyRun(source, call);
}
