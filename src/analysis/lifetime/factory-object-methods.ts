// The methods of an object a factory of the same file returns: `const w = createWriter(res)`, then `w.cleanup()`,
// where every `return` of `createWriter` gives an object literal declaring `cleanup` (a method, or a property holding a
// function or an arrow). schulmannn/pulse-analytics' streamUserExport calls its writer's `cleanup()` — which only
// removes the listeners the factory added — in the finally before the release; throw-free-helpers.ts judges each
// method's body. Anything not certain says nothing: a binding that is not one `const`, a factory declared twice,
// reassigned, async or a generator, one that can end without a return, a return of anything but an object literal, a
// spread or a second member of that name in it, a getter, a computed key, an assignment to a member of the object.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";
import { staticKeyName, unwrapExpression } from "../node-shapes.js";
import { calledFunction } from "../pools/pool-factories.js";
import { ownReturns } from "../text-search.js";
import { isWrittenAgain } from "../variable-references.js";

type Method = TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** The function `name` of each object literal `object`'s factory can return, or null when that is not certain. */
export function factoryObjectMethods(sourceCode: TSESLint.SourceCode, object: TSESTree.Node, name: string): Method[] | null {
  if (object.type !== AST_NODE_TYPES.Identifier) return null;
  const variable = findVariable(sourceCode.getScope(object), object);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || definition?.type !== "Variable" || definition.parent.kind !== "const") return null;
  const declarator = definition.node;
  if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id !== definition.name || !declarator.init) return null;
  const init = unwrapExpression(declarator.init);
  if (init.type !== AST_NODE_TYPES.CallExpression || init.optional) return null;
  const factory = calledFunction(unwrapExpression(init.callee), sourceCode);
  if (!factory || factory.async || factory.generator || isWrittenAgain(variable) || writesMember(variable)) return null;
  const objects = returnedObjects(factory, sourceCode);
  if (!objects) return null;
  const methods: Method[] = [];
  for (const literal of objects) {
    const method = ownMethod(literal, name);
    if (!method) return null;
    methods.push(method);
  }
  return methods;
}

/** Every value the factory returns, when each is an object literal and no path ends without a `return`. */
function returnedObjects(factory: TSESTree.FunctionLike, sourceCode: TSESLint.SourceCode): TSESTree.ObjectExpression[] | null {
  const body = factory.body;
  if (!body) return null;
  if (body.type !== AST_NODE_TYPES.BlockStatement) {
    const value = unwrapExpression(body);
    return value.type === AST_NODE_TYPES.ObjectExpression ? [value] : null;
  }
  // A body whose last statement is a `return` cannot run past its end: every path returns or throws.
  if (body.body.at(-1)?.type !== AST_NODE_TYPES.ReturnStatement) return null;
  const objects: TSESTree.ObjectExpression[] = [];
  for (const statement of ownReturns(sourceCode, factory as TSESTree.FunctionLike & { body: TSESTree.BlockStatement })) {
    const value = statement.argument ? unwrapExpression(statement.argument) : null;
    if (value?.type !== AST_NODE_TYPES.ObjectExpression) return null;
    objects.push(value);
  }
  return objects;
}

/** The one plain member `name` of an object literal holding a function (`cleanup() {…}`, `cleanup: () => …`). */
function ownMethod(literal: TSESTree.ObjectExpression, name: string): Method | null {
  let found: Method | null = null;
  for (const property of literal.properties) {
    if (property.type !== AST_NODE_TYPES.Property) return null; // a spread may bring a member of that name
    if (property.computed || staticKeyName(property.key) !== name) continue;
    const value = unwrapExpression(property.value);
    if (found || property.kind !== "init") return null;
    if (value.type !== AST_NODE_TYPES.FunctionExpression && value.type !== AST_NODE_TYPES.ArrowFunctionExpression) return null;
    found = value;
  }
  return found;
}

/** `w.cleanup = …`, `w[key] = …`: the code assigns a member of the object, which may replace the method. */
function writesMember(variable: TSESLint.Scope.Variable): boolean {
  return variable.references.some((reference) => {
    const member = reference.identifier.parent;
    return (
      member?.type === AST_NODE_TYPES.MemberExpression &&
      member.object === reference.identifier &&
      member.parent?.type === AST_NODE_TYPES.AssignmentExpression &&
      member.parent.left === member
    );
  });
}
