// Two checks of check-rewrites on what a rewrite wrote, apart from the rule's own code so that they do not share its
// mistakes: the module system of the added import (an `import` cannot load in CommonJS, nor `require` in an ES
// module), and which lines of the output the rewrite wrote (where --idempotence looks for a second rewrite).
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { diffLines } from "diff";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * How node loads a JavaScript file whose text says nothing (no import/export, no require, no module.exports): `.cjs`
 * as CommonJS, `.mjs` as an ES module, `.js`/`.jsx` by the nearest package.json's `type` (CommonJS without one, or
 * with no package.json at all); TypeScript files are compiled, so "unknown". Only for check-rewrites (rewrite-34).
 */
function moduleSystemOfPath(file: string): "esm" | "commonjs" | "unknown" {
  if (/\.cjs$/.test(file)) return "commonjs";
  if (/\.mjs$/.test(file)) return "esm";
  if (!/\.jsx?$/.test(file) || !path.isAbsolute(file)) return "unknown";
  for (let directory = path.dirname(file); ; directory = path.dirname(directory)) {
    const manifest = path.join(directory, "package.json");
    if (existsSync(manifest)) {
      try {
        return (JSON.parse(readFileSync(manifest, "utf8")) as { type?: unknown }).type === "module" ? "esm" : "commonjs";
      } catch {
        return "unknown";
      }
    }
    if (path.dirname(directory) === directory) return "commonjs";
  }
}

/** The module system a file's own top-level statements show, read independently of the rule's import-insertion. */
function moduleSystem(ast: TSESTree.Program, text: string, file?: string): "esm" | "commonjs" | "unknown" {
  if (file && /\.[cm]js$/.test(file)) return moduleSystemOfPath(file);
  const esm = ast.body.some((node) => node.type.startsWith("Import") || node.type.startsWith("Export"));
  if (esm) return "esm";
  const commonJs = ast.body.some((node) =>
    /\brequire\s*\(|\bmodule\.exports\b|^\s*exports\.\w+\s*=/.test(text.slice(...node.range)),
  );
  return commonJs ? "commonjs" : file ? moduleSystemOfPath(file) : "unknown";
}

/** What the rewrite added that the file's module system cannot load: an `import` in CommonJS, a `require` in ESM. */
export function moduleMismatch(original: TSESTree.Program, text: string, output: TSESTree.Program, file?: string): string | null {
  const system = moduleSystem(original, text, file);
  const imports = (ast: TSESTree.Program) => ast.body.filter((node) => node.type === AST_NODE_TYPES.ImportDeclaration).length;
  if (system === "commonjs" && imports(output) > imports(original)) return "adds an `import` to a CommonJS file";
  const isRequire = (init: TSESTree.Expression | null) =>
    init?.type === AST_NODE_TYPES.CallExpression && init.callee.type === AST_NODE_TYPES.Identifier && init.callee.name === "require";
  const requires = (ast: TSESTree.Program) =>
    ast.body.filter(
      (node) => node.type === AST_NODE_TYPES.VariableDeclaration && node.declarations.some((declarator) => isRequire(declarator.init)),
    ).length;
  if (system === "esm" && requires(output) > requires(original)) return "adds a `require` to an ES module";
  return null;
}

/**
 * The ranges of `output` that the rewrite wrote (line by line, as diffLines sees it), leaving out the added import
 * or require line: everything else — the file's other blocks between the import and the rewrite — is unchanged.
 */
export function rewrittenRanges(text: string, output: string): [number, number][] {
  const ranges: [number, number][] = [];
  let offset = 0;
  for (const change of diffLines(text, output)) {
    if (change.removed) continue;
    const end = offset + change.value.length;
    if (change.added && !/^[^\n]*poolguard\/runtime[^\n]*\n?$/.test(change.value)) ranges.push([offset, end]);
    offset = end;
  }
  return ranges;
}


/** Where an offset of `text` lands in `output`, for text the diff leaves unchanged; null for text it removed. */
function unchangedOffsets(text: string, output: string): (offset: number) => number | null {
  const pieces: Array<{ from: number; to: number; at: number }> = [];
  let inText = 0;
  let inOutput = 0;
  for (const change of diffLines(text, output)) {
    const length = change.value.length;
    if (change.added) inOutput += length;
    else if (change.removed) inText += length;
    else {
      pieces.push({ from: inText, to: inText + length, at: inOutput });
      inText += length;
      inOutput += length;
    }
  }
  return (offset) => {
    const piece = pieces.find((candidate) => offset >= candidate.from && offset < candidate.to);
    return piece ? piece.at + (offset - piece.from) : null;
  };
}

/** The bodies of the output's `withClient(…, async (c) => { … })` / `withTransaction` callbacks (any local name). */
function helperCallbacks(output: TSESTree.Program): [number, number][] {
  const bodies: [number, number][] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!value || typeof value !== "object" || typeof (value as { type?: unknown }).type !== "string") return;
    const node = value as TSESTree.Node;
    if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.Identifier && /with(Client|Transaction)\d*$/i.test(node.callee.name)) {
      const callback = node.arguments[1];
      if (callback?.type === AST_NODE_TYPES.ArrowFunctionExpression || callback?.type === AST_NODE_TYPES.FunctionExpression) {
        bodies.push(callback.body.range);
      }
    }
    for (const [key, child] of Object.entries(node)) if (key !== "parent" && key !== "loc" && key !== "range") visit(child);
  };
  visit(output.body);
  return bodies;
}

/**
 * The statements that followed the release in `text` (`followers`) which the rewrite touched or put inside a helper's
 * callback. A follower the diff left unchanged counts only when it now sits in a callback: ESLint merges a fix's edits
 * into one range, so an import added below the block (after a file's last import, further down) spans the followers
 * without changing them. One the diff rewrote counts when it lies inside the fix's range, as before.
 */
export function movedFollowers(
  text: string,
  output: string,
  outputAst: TSESTree.Program,
  fixRange: readonly [number, number],
  followers: readonly [number, number][],
): [number, number][] {
  const landing = unchangedOffsets(text, output);
  const callbacks = helperCallbacks(outputAst);
  return followers.filter(([start, end]) => {
    if (!(start < fixRange[1] && end > fixRange[0])) return false;
    const at = landing(start);
    if (at === null) return true;
    return callbacks.some(([from, to]) => at >= from && at < to);
  });
}
