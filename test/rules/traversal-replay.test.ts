// Replaying ESLint's precomputed traversal for a few code paths must hand the handlers exactly the events ESLint's own
// dispatch hands listeners inside those paths, in the same order: nothing more, nothing less, whatever the shape.
import tsParser from "@typescript-eslint/parser";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { Linter, type ESLint, type Rule } from "eslint";
import { describe, expect, it } from "vitest";
import {
  replayCodePaths,
  traversalSteps,
  type CodePathHandler,
  type NodeHandler,
  type ReplayHandlers,
} from "../../src/analysis/lifetime/traversal-replay.js";

const CODE_PATH_EVENTS = ["onCodePathStart", "onCodePathEnd", "onCodePathSegmentStart", "onCodePathSegmentEnd"] as const;
// Nodes that start a code path of their own (class field values start one too: see the class below).
const FUNCTION_TYPES = ["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression", "StaticBlock"];
const NODE_TYPES = ["Program", ...FUNCTION_TYPES, "Identifier", "CallExpression", "ReturnStatement", "TemplateLiteral"];

type Event = readonly [string, unknown];

interface Captured {
  sourceCode: TSESLint.SourceCode;
  /** Every event ESLint dispatched to the listeners, with its subject (node, code path or segment). */
  events: Event[];
}

/** Lints `code` with a rule that records what ESLint dispatches to it, and keeps the SourceCode. */
function capture(code: string): Captured {
  const events: Event[] = [];
  let sourceCode: TSESLint.SourceCode | undefined;
  const recorder: Rule.RuleModule = {
    meta: { type: "problem", schema: [] },
    create(context) {
      sourceCode = context.sourceCode as unknown as TSESLint.SourceCode;
      const listeners: Record<string, (subject: unknown) => void> = {};
      for (const name of CODE_PATH_EVENTS) listeners[name] = (subject) => events.push([name, subject]);
      for (const type of NODE_TYPES) {
        listeners[type] = (node) => events.push([type, node]);
        listeners[`${type}:exit`] = (node) => events.push([`${type}:exit`, node]);
      }
      return listeners as Rule.RuleListener;
    },
  };
  const messages = new Linter({ configType: "flat" }).verify(
    code,
    {
      files: ["**/*.ts"],
      languageOptions: { parser: tsParser },
      plugins: { test: { rules: { recorder } } as ESLint.Plugin },
      rules: { "test/recorder": "error" },
    },
    "replay.ts",
  );
  expect(messages).toEqual([]);
  return { sourceCode: sourceCode!, events };
}

/** Replays `roots` into handlers that record the same way. */
function replay(captured: Captured, roots: TSESTree.Node[]): Event[] {
  const events: Event[] = [];
  const steps = traversalSteps(captured.sourceCode);
  expect(steps).not.toBeNull();
  const record = (name: string) => (subject: unknown) => events.push([name, subject]);
  const handlers: ReplayHandlers = {
    enter: new Map(NODE_TYPES.map((type) => [type, record(type) as NodeHandler])),
    exit: new Map(NODE_TYPES.map((type) => [type, record(`${type}:exit`) as NodeHandler])),
    codePath: new Map(CODE_PATH_EVENTS.map((name) => [name, record(name) as CodePathHandler])),
  };
  replayCodePaths(steps!, new Set(roots), handlers);
  return events;
}

/** What ESLint dispatched from the start of `root`'s code path to its end. */
function dispatchedWithin(captured: Captured, root: TSESTree.Node): Event[] {
  const { events } = captured;
  // A code path belongs to the node entered right after it starts.
  const start = events.findIndex(
    ([name], index) => name === "onCodePathStart" && events.slice(index + 1).find(([later]) => !later.startsWith("on"))?.[1] === root,
  );
  expect(start).toBeGreaterThanOrEqual(0);
  const path = events[start]![1];
  const end = events.findIndex(([name, subject]) => name === "onCodePathEnd" && subject === path);
  return events.slice(start, end + 1);
}

/** Every function of the file, in source order. */
function functions(captured: Captured): TSESTree.FunctionLike[] {
  return captured.events
    .filter(([name]) => FUNCTION_TYPES.includes(name))
    .map(([, node]) => node as TSESTree.FunctionLike)
    .sort((a, b) => a.range[0] - b.range[0]);
}

const code = `
async function first(pool) {
  const client = await pool.connect();
  try {
    return await client.query(\`SELECT \${[1, 2].map((n) => n * 2)}\`);
  } finally {
    client.release();
  }
}
const label = \`\${(() => "a")()} and \${(() => { return "b"; })()}\`;
async () => { await first(null); };
class Repo {
  async load(id) {
    if (!id) return null;
    return [id].map(function inner(x) { return x; });
  }
  field = async () => { await first(null); };
  other = [1].map((n) => n + 1);
  static {
    const run = async () => { await first(null); };
    void run;
  }
}
async function last(pool) {
  return pool.connect();
}
`;

describe("replayCodePaths", () => {
  const captured = capture(code);
  const all = functions(captured);

  it.each(all.map((fn, index) => [index, fn.type, fn.loc.start.line, fn] as const))(
    "replays root %i (%s on line %i) exactly as ESLint dispatched it",
    (_index, _type, _line, fn) => {
      expect(replay(captured, [fn])).toEqual(dispatchedWithin(captured, fn));
    },
  );

  it("replays the whole file for the Program, as ESLint dispatched it", () => {
    expect(replay(captured, [captured.sourceCode.ast])).toEqual(captured.events);
  });

  it("replays a root nested in another root once, as part of the outer one", () => {
    const outer = all.find((fn) => fn.type === "FunctionDeclaration")!;
    const nested = all.find((fn) => fn.type === "ArrowFunctionExpression" && fn.range[0] > outer.range[0] && fn.range[1] < outer.range[1])!;
    expect(nested).toBeDefined();
    expect(replay(captured, [nested, outer])).toEqual(dispatchedWithin(captured, outer));
  });

  it("replays a class field's function value through both of its paths (the field's, then the function's)", () => {
    const field = all.find((fn) => fn.type === "ArrowFunctionExpression" && fn.parent.type === "PropertyDefinition")!;
    const last = all.at(-1)!;
    const replayed = replay(captured, [field, last]);
    const starts = replayed.filter(([name]) => name === "onCodePathStart").length;
    const ends = replayed.filter(([name]) => name === "onCodePathEnd").length;
    expect(starts).toBe(3); // the field initializer's, the arrow's, and last()'s
    expect(ends).toBe(starts);
    expect(replayed).toEqual([...dispatchedWithin(captured, field), ...dispatchedWithin(captured, last)]);
  });

  it("replays disjoint roots one after the other, in source order", () => {
    const [a, , , b] = all;
    expect(replay(captured, [b!, a!])).toEqual([...dispatchedWithin(captured, a!), ...dispatchedWithin(captured, b!)]);
  });

  it("replays nothing for a node that starts no code path", () => {
    const identifier = captured.events.find(([name]) => name === "Identifier")![1] as TSESTree.Node;
    expect(replay(captured, [identifier])).toEqual([]);
  });
});

describe("traversalSteps", () => {
  const { sourceCode } = capture("const a = 1;");

  it("gives ESLint's steps, starting with the Program's code path", () => {
    const steps = traversalSteps(sourceCode);
    expect(steps?.[0]).toMatchObject({ type: "call", target: "onCodePathStart" });
  });

  it.each([
    ["no traverse()", {}],
    ["traverse() that throws", { traverse: () => { throw new Error("no"); } }],
    ["traverse() that gives no array", { traverse: () => new Set() }],
    ["steps without code path analysis", { traverse: () => [{ type: "visit", target: sourceCode.ast, phase: 1, args: [] }] }],
    ["code paths of another file", { traverse: () => [{ type: "call", target: "onCodePathStart", args: [{}, {}] }] }],
  ])("is null with %s (the rules then listen instead)", (_name, shape) => {
    const stand = Object.assign(Object.create(null) as object, { ast: sourceCode.ast }, shape);
    expect(traversalSteps(stand as unknown as TSESLint.SourceCode)).toBeNull();
  });
});
