// A checkout a function assigns to a name that is not its own and returns (`client = await pool.connect(); return
// client;`): a module variable, or an undeclared global. When the module's other code names it too (`exports.query =
// (text) => client.query(text)`, a `close()` that releases it), the module keeps that client for every caller, and
// the function is no checkout helper: its caller, starting it (`connectToDB();`), drops nothing
// (checkout-functions.ts). Module ASTs carry no parent links, so the program is read from the top down; a function
// that declares the name itself (a parameter, a variable of its own) is another variable, and is skipped.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { isFunction, someNodeBelow } from "../ast-walk.js";

/** Whether `fn` declares `name` itself: a parameter (destructured too) or a variable of its body, not of a nested function. */
export function declaresOwn(fn: TSESTree.Node, name: string): boolean {
  if (!isFunction(fn)) return false;
  const named = (node: TSESTree.Node): boolean => node.type === AST_NODE_TYPES.Identifier && node.name === name;
  if (someNodeBelow([fn.params], named)) return true;
  return someNodeBelow([fn.body], (node) => {
    if (isFunction(node)) return "skip";
    return node.type === AST_NODE_TYPES.VariableDeclarator && named(node.id);
  });
}

/** Whether code of `program` outside `fn` names `name` (see the file's head). */
export function namedOutside(program: TSESTree.Program, fn: TSESTree.Node, name: string): boolean {
  const visit = (roots: readonly unknown[]): boolean =>
    someNodeBelow(roots, (node) => {
      if (node === fn || (isFunction(node) && declaresOwn(node, name))) return "skip";
      switch (node.type) {
        case AST_NODE_TYPES.Identifier:
          return node.name === name;
        // A member's name and a key are no use of the variable; `let client;` declares it.
        case AST_NODE_TYPES.MemberExpression:
          return node.computed ? false : visit([node.object]) || "skip";
        case AST_NODE_TYPES.Property:
        case AST_NODE_TYPES.PropertyDefinition:
        case AST_NODE_TYPES.MethodDefinition:
          return node.computed || (node.type === AST_NODE_TYPES.Property && node.shorthand) ? false : visit([node.value]) || "skip";
        case AST_NODE_TYPES.VariableDeclarator:
          return node.id.type === AST_NODE_TYPES.Identifier && node.id.name === name ? visit([node.init]) || "skip" : false;
        default:
          return false;
      }
    });
  return visit([program.body]);
}
