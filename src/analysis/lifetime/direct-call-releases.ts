// A function of the owner that releases the client, and that the owner only ever calls itself:
// `const client = await pool.connect()` at the top of a CLI module, `async function queryInsertar() { try { … }
// finally { client.release(); } }`, then `if (argv[2] == "insertar") queryInsertar(…)` (corpus: CristianTapia/
// M7-ABPRO_4). Such a function gives the client back where it is called (its calls are releases, see
// closureReleaseCalls in closure-releases.ts), not where it is declared: the paths that never call it still hold the
// client. A function that is exported, passed on (`process.on("exit", cleanup)`), stored, or called from another
// function may run at any time, and still takes the client over where it is declared.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { codePathOwner, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";
type SourceCode = Readonly<TSESLint.SourceCode>;

/** The variable naming `fn` (`function f() {}`, `const f = () => {}`) when nothing exports it; else null. */
function privateFunctionVariable(fn: TSESTree.Node, sourceCode: SourceCode): TSESLint.Scope.Variable | null {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) {
    if (!fn.id || fn.parent.type === AST_NODE_TYPES.ExportNamedDeclaration || fn.parent.type === AST_NODE_TYPES.ExportDefaultDeclaration) return null;
    return sourceCode.getDeclaredVariables(fn)[0] ?? null;
  }
  if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) return null;
  const declarator = fn.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== fn || declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  const declaration = declarator.parent;
  if (declaration.kind !== "const" || declaration.parent.type === AST_NODE_TYPES.ExportNamedDeclaration) return null;
  return sourceCode.getDeclaredVariables(declarator)[0] ?? null;
}

/** Every reference to `fn` (one at least) is a direct call made in `owner`'s own code path. */
export function calledOnlyByOwner(fn: TSESTree.Node, owner: TSESTree.Node, sourceCode: SourceCode): boolean {
  const variable = privateFunctionVariable(fn, sourceCode);
  if (!variable) return false;
  const references = variable.references.filter((reference) => !reference.init);
  return (
    references.length > 0 &&
    references.every((reference) => {
      const identifier = reference.identifier as TSESTree.Identifier;
      const call = parentSkippingWrappers(identifier);
      return call?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(call.callee) === identifier && codePathOwner(call) === owner;
    })
  );
}
