// `const c = await getPgClient()`, where `getPgClient` is a function of the same file whose every `return` gives
// `new Pool(…)` (pg's): the variable holds a pg pool whatever it is called (corpus: next-pg-cache's getPgClient, a
// pool per call whose checkout revalidateTag drops). Only a function declared once and never reassigned counts, and
// only when each of its returns constructs a pool: one return of anything else (a cached pool, a client, a value
// from elsewhere) and the call says nothing.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunction, walk } from "../ast-walk.js";
import { findVariable } from "../find-variable.js";
import { unwrapExpression } from "../node-shapes.js";
import { isPoolConstruction } from "./pg-imports.js";
import { isWrittenAgain } from "../variable-references.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Per function node: whether every return constructs a pg pool. The node is the key's only reference. */
const factories = new WeakMap<TSESTree.Node, boolean>();

/** The function a call's callee names, when it is declared once in this file and nothing assigns it again. */
export function calledFunction(callee: TSESTree.Node, sourceCode: SourceCode): TSESTree.FunctionLike | null {
  if (callee.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = findVariable(sourceCode.getScope(callee), callee);
  if (!variable || variable.defs.length !== 1) return null;
  if (isWrittenAgain(variable)) return null;
  const node = variable.defs[0]!.node;
  if (node.type === AST_NODE_TYPES.FunctionDeclaration) return node;
  if (node.type !== AST_NODE_TYPES.VariableDeclarator || !node.init) return null;
  const init = unwrapExpression(node.init);
  return init.type === AST_NODE_TYPES.ArrowFunctionExpression || init.type === AST_NODE_TYPES.FunctionExpression ? init : null;
}

/** Every value the function returns is `new Pool(…)` (an arrow's expression body counts as its return). */
function returnsOnlyPools(fn: TSESTree.FunctionLike, sourceCode: SourceCode): boolean {
  const known = factories.get(fn);
  if (known !== undefined) return known;
  factories.set(fn, false); // a function that returns a call of itself ends here
  let answer: boolean;
  if (fn.body?.type !== AST_NODE_TYPES.BlockStatement) {
    answer = fn.body !== null && fn.body !== undefined && isPoolConstruction(fn.body, sourceCode);
  } else {
    let returns = 0;
    let others = 0;
    walk(fn.body, sourceCode.visitorKeys, (node) => {
      if (node !== fn && isFunction(node)) return false; // an inner function's returns are its own
      if (node.type !== AST_NODE_TYPES.ReturnStatement) return true;
      returns += 1;
      if (!node.argument || !isPoolConstruction(node.argument, sourceCode)) others += 1;
      return false;
    });
    answer = returns > 0 && others === 0;
  }
  factories.set(fn, answer);
  return answer;
}

/** `getPool()` or `await getPool()`, with `getPool` a function of this file that returns only new pg pools. */
export function isPoolFactoryCall(expression: TSESTree.Node, sourceCode: SourceCode): boolean {
  let current = unwrapExpression(expression);
  if (current.type === AST_NODE_TYPES.AwaitExpression) current = unwrapExpression(current.argument);
  if (current.type !== AST_NODE_TYPES.CallExpression || current.optional) return false;
  const fn = calledFunction(unwrapExpression(current.callee), sourceCode);
  return fn !== null && returnsOnlyPools(fn, sourceCode);
}
