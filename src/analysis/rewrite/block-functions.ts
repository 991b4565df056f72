// A function declared in a block of sloppy-mode code. Outside strict mode (a CommonJS file, or a script, with no
// "use strict" and no class around it) a `function f() {}` inside a block is also bound, by Annex B of the language,
// as a `var` of the enclosing function: the code after the block can call it. ESLint's scope analysis does not model
// that — to it the name after the block is unresolved — so bindingReason cannot see the use. Moved into the
// callback, the declaration is bound only there, and the call after the block throws a ReferenceError.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { enclosingFunction, isFunction, walk } from "../ast-walk.js";
import { insideRange } from "../node-shapes.js";
import { maySloppilyRun } from "./sloppy-mode.js";

type Source = Readonly<TSESLint.SourceCode>;

/** The names of the functions declared in a block of the moved code (not in a function body: those hoist as usual). */
function blockFunctionNames(source: Source, fn: TSESTree.FunctionLike, movedNodes: readonly TSESTree.Node[]): Set<string> {
  const names = new Set<string>();
  for (const moved of movedNodes) {
    walk(moved, source.visitorKeys, (node) => {
      if (node.type === AST_NODE_TYPES.FunctionDeclaration && node.id && node.parent !== fn.body) {
        names.add(node.id.name);
      }
      // A nested function moves whole, with what it declares.
      return node === moved || !isFunction(node);
    });
  }
  return names;
}

/**
 * Why the move would hide a function declared in a block of the moved code from the rest of its function: the name
 * is used outside the moved code and resolves to nothing there but a `var` of the function or a name declared
 * outside it — the binding Annex B makes.
 */
export function blockFunctionReason(
  source: Source,
  acquisition: TSESTree.Node,
  movedNodes: readonly TSESTree.Node[],
  movedRange: readonly [number, number],
): string | null {
  const fn = enclosingFunction(acquisition);
  if (!fn || !source.text.slice(movedRange[0], movedRange[1]).includes("function")) return null;
  if (!maySloppilyRun(source, acquisition)) return null;
  const names = blockFunctionNames(source, fn, movedNodes);
  if (names.size === 0) return null;
  const fnScope = source.getScope(acquisition).variableScope;
  for (const scope of source.scopeManager?.scopes ?? []) {
    if (!insideRange(scope.block, fn.range)) continue;
    for (const reference of scope.references) {
      const { identifier, resolved } = reference;
      if (!names.has(identifier.name) || insideRange(identifier, movedRange)) continue;
      const hoistedTo =
        resolved === null ||
        !insideRange(resolved.defs[0]?.name ?? fn, fn.range) ||
        (resolved.scope === fnScope && resolved.defs.every((def) => def.type === "Variable" && def.parent?.kind === "var"));
      if (hoistedTo) {
        return `\`${identifier.name}\` is declared in a block of the body and used outside it (outside strict mode, a function declared in a block belongs to the whole function)`;
      }
    }
  }
  return null;
}
