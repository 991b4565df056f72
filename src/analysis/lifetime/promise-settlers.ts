// The settling functions a Promise executor is given: in `new Promise((resolve, reject) => { … })`, a call of
// `resolve(value)` or `reject(reason)` never throws — it settles the promise, or does nothing once it is settled (a
// thenable value is followed later, in a job of its own). Its arguments are evaluated before the call and may throw;
// they are other nodes. evo0705/JetSpreeNodeJS's updateImagePath releases in a `.then` handler and then resolves.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { someNodeBelow } from "../ast-walk.js";
import { isFunctionNode, unwrapExpression } from "../node-shapes.js";

const TYPE_KEYS = new Set(["parent", "typeAnnotation", "returnType", "typeParameters", "typeArguments"]);

/**
 * Whether `node` is a call of the first or second parameter of the executor of an enclosing `new Promise(…)`, the name
 * bound nowhere else on the way (no function between them takes a parameter of that name, and the executor declares
 * no variable or function of it).
 */
export function isPromiseSettlerCall(node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(node.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  const name = callee.name;
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    const position = current.params.findIndex((param) => param.type === AST_NODE_TYPES.Identifier && param.name === name);
    if (position === -1) {
      if (current.params.some((param) => bindsName(param, name))) return false;
      continue;
    }
    return position <= 1 && isPromiseExecutor(current) && !declaresName(current, name);
  }
  return false;
}

/** `new Promise(fn)` with `fn` as its only argument. */
function isPromiseExecutor(fn: TSESTree.Node): boolean {
  const call = fn.parent;
  return (
    call?.type === AST_NODE_TYPES.NewExpression &&
    call.arguments.length === 1 &&
    call.arguments[0] === fn &&
    unwrapExpression(call.callee).type === AST_NODE_TYPES.Identifier &&
    (unwrapExpression(call.callee) as TSESTree.Identifier).name === "Promise"
  );
}

/** A parameter (destructured, defaulted or rest) that binds `name` somewhere in its pattern. */
function bindsName(param: TSESTree.Parameter, name: string): boolean {
  return someNodeBelow([param], (node) => node.type === AST_NODE_TYPES.Identifier && node.name === name, TYPE_KEYS);
}

/** A variable, function or class of `name` declared anywhere in the executor's body, or a catch parameter of it. */
function declaresName(fn: TSESTree.FunctionLike, name: string): boolean {
  if (!fn.body) return false;
  return someNodeBelow(
    [fn.body],
    (node) =>
      ((node.type === AST_NODE_TYPES.VariableDeclarator || node.type === AST_NODE_TYPES.CatchClause) &&
        someNodeBelow(
          [node.type === AST_NODE_TYPES.VariableDeclarator ? node.id : node.param],
          (inner) => inner.type === AST_NODE_TYPES.Identifier && inner.name === name,
          TYPE_KEYS,
        )) ||
      ((node.type === AST_NODE_TYPES.FunctionDeclaration || node.type === AST_NODE_TYPES.ClassDeclaration) && node.id?.name === name) ||
      (isFunctionNode(node) && node.params.some((param) => bindsName(param, name))),
    TYPE_KEYS,
  );
}
