// A function value that leaves the place where it is called (rewrite-30's probes): wrapped-calls.ts reads a function's
// calls where its reference is called, forwarded (`.call`, `.apply`, `.bind`), handed to a call, or kept in a `const`;
// a storing method that escapes any other way (`const [k] = [keeper.keep]`, `const k = cond ? keeper.keep : other`,
// `let k; k = keeper.keep`, `const fns = { k: keeper.keep }; fns.k(x)`) was called unseen, and the promise it stored
// was taken for none. Its value is followed here as the value may be it: through conditionals and logical operands,
// into a variable (any kind, by declaration or assignment, a pattern's too), and into an array or object literal
// kept in a variable and read back by an element or a key (`fns[0](x)`, `fns.k(x)`) or destructured. A place not
// followed — stored on a member, handed to `new`, a list iterated by a function the file does not show at the call
// (`fns.forEach(run)`, `fns.map(…)`) — is an escape: its calls are not known, and the caller refuses. A list visited by
// an arrow function (`fns.forEach((f) => f(x))`, `some`, `every`) hands it each element: its parameter is followed
// (rewrite-31). What the file hands other modules or a caller (`module.exports = { keep }`, `export
// default { keep }`, a factory's `return { keep }`) is outside as it was before: the file's own calls are read, not
// its importers' nor its callers'.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";
import { isExpressionWrapper, memberPropertyName, staticKeyNames } from "../node-shapes.js";

type Source = Readonly<TSESLint.SourceCode>;

/** The calls of a function value found by following it, and the node where it escapes unfollowed (or null). */
export interface LaterCalls<Handed> {
  calls: Handed[];
  escape: TSESTree.Node | null;
}

/** What to read at each place the value reaches: its calls there and beyond (handedArgumentsAll), depth given. */
type Follow<Handed> = (node: TSESTree.Node, depth: number) => LaterCalls<Handed>;

// How far a value is followed through variables and literals (a guard on time and on `k = k` cycles).
const DEPTH = 6;

/** The node whose value `node` may be, through TS wrappers, a sequence's last part, a conditional's branches, `||`/`&&`/`??`. */
export function valueOuter(node: TSESTree.Node): { outer: TSESTree.Node; parent: TSESTree.Node | undefined } {
  let outer = node;
  for (;;) {
    const parent = outer.parent;
    if (!parent) return { outer, parent };
    const passes =
      (isExpressionWrapper(parent) && parent.expression === outer) ||
      (parent.type === AST_NODE_TYPES.SequenceExpression && parent.expressions.at(-1) === outer) ||
      (parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test !== outer) ||
      parent.type === AST_NODE_TYPES.LogicalExpression;
    if (!passes) return { outer, parent };
    outer = parent;
  }
}

/** `module.exports`, `module.exports.x`, `exports.x`: what the file hands its importers. */
function exportsTarget(target: TSESTree.Node): boolean {
  let node = target;
  while (node.type === AST_NODE_TYPES.MemberExpression) {
    const object = node.object;
    if (object.type === AST_NODE_TYPES.Identifier && (object.name === "exports" || (object.name === "module" && memberPropertyName(node) === "exports"))) return true;
    node = object;
  }
  return false;
}

/** The variables a declarator or an assignment's target binds or writes (`k`, `[k]`, `{ k }`), or null when it writes a member. */
function writtenVariables(source: Source, holder: TSESTree.VariableDeclarator | TSESTree.AssignmentExpression): ReadonlyArray<TSESLint.Scope.Variable> | null {
  if (holder.type === AST_NODE_TYPES.VariableDeclarator) return source.getDeclaredVariables(holder);
  const names: TSESTree.Identifier[] = [];
  const collect = (target: TSESTree.Node): boolean => {
    if (target.type === AST_NODE_TYPES.Identifier) names.push(target);
    else if (target.type === AST_NODE_TYPES.ArrayPattern) return target.elements.every((element) => !element || collect(element));
    else if (target.type === AST_NODE_TYPES.ObjectPattern) return target.properties.every((property) => collect(property.type === AST_NODE_TYPES.Property ? property.value : property.argument));
    else if (target.type === AST_NODE_TYPES.AssignmentPattern) return collect(target.left);
    else if (target.type === AST_NODE_TYPES.RestElement) return collect(target.argument);
    else return false;
    return true;
  };
  if (!collect(holder.left)) return null;
  return names.flatMap((name) => findVariable(source.getScope(name), name) ?? []);
}

/** The calls reached through each read of `variables` (the write that put the value there left out). */
function variableCalls<Handed>(variables: ReadonlyArray<TSESLint.Scope.Variable>, follow: Follow<Handed>, depth: number): LaterCalls<Handed> {
  const found: LaterCalls<Handed> = { calls: [], escape: null };
  for (const variable of variables) {
    for (const reference of variable.references) {
      if (!reference.isRead()) continue;
      const later = follow(reference.identifier, depth + 1);
      found.calls.push(...later.calls);
      found.escape ??= later.escape;
    }
  }
  return found;
}

/**
 * The calls of a function value `node` beyond its direct ones: where the value is kept in a variable (`const k =
 * keeper.keep`, `k = keeper.keep`, `const [k] = …`) or a literal (`[keeper.keep]`, `{ k: keeper.keep }`) and read back;
 * `escape` the place it leaves unfollowed. `follow` reads each place reached (its direct calls and beyond).
 */
export function laterCalls<Handed>(source: Source, node: TSESTree.Node, follow: Follow<Handed>, depth = 0): LaterCalls<Handed> {
  const none: LaterCalls<Handed> = { calls: [], escape: null };
  if (depth > DEPTH) return { calls: [], escape: node };
  const { outer, parent } = valueOuter(node);
  if (!parent) return none;
  // Past a conditional or a logical operand, the whole is read as the function is (`(cond ? f : g)(x)`).
  if (outer !== node && !isExpressionWrapper(outer)) return follow(outer, depth + 1);
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === outer) {
    return variableCalls(writtenVariables(source, parent) ?? [], follow, depth);
  }
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === outer && parent.operator === "=") {
    if (exportsTarget(parent.left)) return none;
    const variables = writtenVariables(source, parent);
    return variables ? variableCalls(variables, follow, depth) : { calls: [], escape: outer };
  }
  if (parent.type === AST_NODE_TYPES.ArrayExpression) return containerCalls(source, parent, follow, depth);
  if (parent.type === AST_NODE_TYPES.Property && parent.value === outer && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
    return containerCalls(source, parent.parent, follow, depth);
  }
  const escapes =
    (parent.type === AST_NODE_TYPES.NewExpression && parent.callee !== outer) ||
    parent.type === AST_NODE_TYPES.YieldExpression ||
    parent.type === AST_NODE_TYPES.SpreadElement;
  return escapes ? { calls: [], escape: outer } : none;
}

/**
 * The calls of the functions an array or object literal holds: read back by an element or a key (`[f][0](x)`,
 * `fns.k(x)` of `const fns = { k: f }`) or destructured (`const [k] = [f]`); any other use of the literal (iterated,
 * returned, handed on) is an escape. An array's named members (`fns.forEach`) run its elements; `length` does not.
 */
function containerCalls<Handed>(source: Source, container: TSESTree.ArrayExpression | TSESTree.ObjectExpression, follow: Follow<Handed>, depth: number): LaterCalls<Handed> {
  const keys = container.type === AST_NODE_TYPES.ObjectExpression ? staticKeyNames(container.properties) : null;
  const read = (use: TSESTree.Node): LaterCalls<Handed> | null => {
    const parent = use.parent;
    if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== use) return null;
    const name = parent.computed ? null : memberPropertyName(parent);
    if (container.type === AST_NODE_TYPES.ArrayExpression) {
      if (name === null) return follow(parent, depth + 1);
      if (name === "length") return { calls: [], escape: null };
      const element = iteratedElement(source, parent, name);
      return element ? variableCalls([element], follow, depth) : { calls: [], escape: parent };
    }
    return name === null || keys === null || keys.has(name) ? follow(parent, depth + 1) : { calls: [], escape: null };
  };
  const { outer, parent } = valueOuter(container);
  const direct = read(outer);
  if (direct) return direct;
  if (exportsKept(parent, outer)) return { calls: [], escape: null };
  const holder =
    parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === outer
      ? parent
      : parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === outer && parent.operator === "="
        ? parent
        : null;
  const target = holder?.type === AST_NODE_TYPES.VariableDeclarator ? holder.id : holder?.left;
  const variables = holder ? writtenVariables(source, holder) : null;
  if (!variables) return { calls: [], escape: outer };
  // Destructured at once (`const [k] = [f]`): the bound variables hold the elements.
  if (target?.type !== AST_NODE_TYPES.Identifier) return variableCalls(variables, follow, depth);
  const found: LaterCalls<Handed> = { calls: [], escape: null };
  for (const variable of variables) {
    for (const reference of variable.references) {
      if (!reference.isRead()) continue;
      const identifier = reference.identifier;
      const use = identifier.parent && isExpressionWrapper(identifier.parent) ? identifier.parent : identifier;
      const later = read(use) ?? laterKept(source, use, follow, depth);
      found.calls.push(...later.calls);
      found.escape ??= later.escape;
    }
  }
  return found;
}

// The methods of an array that hand each element to their callback and give nothing or a boolean: whatever the
// callback returns, no element leaves by their result (`map`, `filter`, `find` would give elements or their values).
const ELEMENT_VISITS: ReadonlySet<string> = new Set(["forEach", "some", "every"]);

/**
 * The parameter that holds each element where `fns.forEach((f) => f(x))` (`some`, `every`) calls `member` with an
 * arrow function whose first parameter is a name and which takes no third one (the array itself): the elements'
 * calls are that parameter's (rewrite-31). Else null: a function declared elsewhere or a `function` (its `arguments`)
 * is not followed.
 */
function iteratedElement(source: Source, member: TSESTree.MemberExpression, name: string): TSESLint.Scope.Variable | null {
  const call = member.parent;
  if (!ELEMENT_VISITS.has(name) || call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return null;
  const callback = call.arguments[0];
  if (callback?.type !== AST_NODE_TYPES.ArrowFunctionExpression || callback.params.length > 2) return null;
  const first = callback.params[0];
  if (first?.type !== AST_NODE_TYPES.Identifier) return null;
  return source.getDeclaredVariables(callback).find((variable) => variable.name === first.name) ?? null;
}

/** A literal's variable read whole: destructured (`const [k] = fns`) its bound variables hold the elements; else an escape. */
function laterKept<Handed>(source: Source, use: TSESTree.Node, follow: Follow<Handed>, depth: number): LaterCalls<Handed> {
  const { outer, parent } = valueOuter(use);
  const holder =
    (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === outer) ||
    (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === outer && parent.operator === "=")
      ? (parent as TSESTree.VariableDeclarator | TSESTree.AssignmentExpression)
      : null;
  const target = holder?.type === AST_NODE_TYPES.VariableDeclarator ? holder.id : holder?.left;
  const pattern = target?.type === AST_NODE_TYPES.ArrayPattern || target?.type === AST_NODE_TYPES.ObjectPattern;
  const variables = holder && pattern ? writtenVariables(source, holder) : null;
  if (variables) return variableCalls(variables, follow, depth);
  return exportsKept(parent, outer) ? { calls: [], escape: null } : { calls: [], escape: outer };
}

/**
 * `module.exports = fns`, `export default fns`, `return fns` (a factory's `return { getTableSchema }`, daitasu/postgres-mcp
 * refused at first): handed to importers or to the caller, outside as before.
 */
function exportsKept(parent: TSESTree.Node | undefined, outer: TSESTree.Node): boolean {
  if (parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration || parent?.type === AST_NODE_TYPES.ReturnStatement) return true;
  if (parent?.type === AST_NODE_TYPES.ArrowFunctionExpression && parent.body === outer) return true;
  return parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === outer && exportsTarget(parent.left);
}
