// Two checks of check-rewrites on what a rewrite wrote, apart from the rule's own code so that they do not share its
// mistakes: the module system of the added import (an `import` cannot load in CommonJS, nor `require` in an ES
// module), and which lines of the output the rewrite wrote (where --idempotence looks for a second rewrite).
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { diffLines } from "diff";

/** The module system a file's own top-level statements show, read independently of the rule's import-insertion. */
function moduleSystem(ast: TSESTree.Program, text: string): "esm" | "commonjs" | "unknown" {
  const esm = ast.body.some((node) => node.type.startsWith("Import") || node.type.startsWith("Export"));
  if (esm) return "esm";
  const commonJs = ast.body.some((node) =>
    /\brequire\s*\(|\bmodule\.exports\b|^\s*exports\.\w+\s*=/.test(text.slice(...node.range)),
  );
  return commonJs ? "commonjs" : "unknown";
}

/** What the rewrite added that the file's module system cannot load: an `import` in CommonJS, a `require` in ESM. */
export function moduleMismatch(original: TSESTree.Program, text: string, output: TSESTree.Program): string | null {
  const system = moduleSystem(original, text);
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

