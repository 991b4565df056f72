// `const service = new UserService(await pool.connect())`, then `await service.register(user)`: a one-shot service
// object whose constructor keeps the client in a field and whose method gives it back in a `finally` (wildananugrah/
// mockup's UserService, RoleService, HealthCheck). The wrapper holds the client (awaited-target.ts), so such a method
// call is the release: the `finally` runs whether the method's work succeeds or throws. The class is read in this file
// or in the local module it is imported from (once per version of that file, bounded cache), and only a plain shape
// counts: the constructor stores the parameter in a field before anything that can throw, nothing else in the class
// assigns that field, and the method's whole body is one `try` whose `finally` first releases that field. Anything
// else — a method that releases only after its query, a class we cannot read — leaves the call an ordinary use.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import path from "node:path";
import { someNodeBelow } from "../ast-walk.js";
import { findVariable } from "../find-variable.js";
import { isWrittenMember, memberPropertyName, parentSkippingWrappers, thisMemberName, unwrapExpression } from "../node-shapes.js";
import { resolveLocalModule, type ModuleParser } from "../pools/module-pools.js";
import type { Acquisition } from "./acquisition.js";
import { importOrigin } from "./inherited-hand-over.js";
import { summarizedClasses, type ClassSummaries } from "./module-class-summaries.js";

/**
 * Per constructor parameter index: the names of the methods that release the field it is stored in, and of the members
 * that never reach that field (a plain field read, a method whose `this` only reads such fields).
 */
type ReleasingMethods = Map<number, { releasing: ReadonlySet<string>; spare: ReadonlySet<string> }>;

const summaries: ClassSummaries<ReleasingMethods> = new Map();
const sameFile = new WeakMap<TSESTree.ClassDeclaration | TSESTree.ClassExpression, ReleasingMethods>();

/**
 * What `identifier`, a reference to the wrapper of `acquisition` (`const s = new C(await P.connect())`), does with the
 * client the constructor of `C` stored, when `C` has a method that releases it: "release" for a call `s.m(…)` of such
 * a method; "spare" for a member that never reaches the client (`s.name`, `s.label(user)` whose `this` only reads plain
 * fields — no use of the client, before or after its release: review-i); else null.
 */
export function wrapperUse(
  identifier: TSESTree.Identifier,
  acquisition: Acquisition,
  sourceCode: TSESLint.SourceCode,
  filename: string,
  parser: ModuleParser | undefined,
): "release" | "spare" | null {
  if (acquisition.wrapped !== true || acquisition.binding.type !== AST_NODE_TYPES.VariableDeclarator) return null;
  const member = parentSkippingWrappers(identifier);
  if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(member.object) !== identifier) return null;
  const name = memberPropertyName(member);
  const holder = parentSkippingWrappers(member);
  const called = holder?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(holder.callee) === member;
  if (name === null) return null;
  const construction = acquisition.binding.init ? unwrapExpression(acquisition.binding.init) : null;
  if (construction?.type !== AST_NODE_TYPES.NewExpression) return null;
  const awaited = parentSkippingWrappers(acquisition.call);
  const index = construction.arguments.findIndex((argument) => unwrapExpression(argument) === awaited);
  if (index < 0 || construction.arguments.slice(0, index).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return null;
  const callee = unwrapExpression(construction.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return null;
  const members = methodsOfClass(callee, sourceCode, filename, parser)?.get(index);
  if (!members) return null;
  if (called && members.releasing.has(name)) return "release";
  return members.spare.has(name) && !isWrittenMember(member) ? "spare" : null;
}

/** The releasing methods of the class `name` refers to: declared in this file, or exported by a local module. */
function methodsOfClass(
  name: TSESTree.Identifier,
  sourceCode: TSESLint.SourceCode,
  filename: string,
  parser: ModuleParser | undefined,
): ReleasingMethods | null {
  const definition = findVariable(sourceCode.getScope(name), name)?.defs[0];
  if (definition?.type === "ClassName") {
    const declaration = definition.node;
    let known = sameFile.get(declaration);
    if (!known) sameFile.set(declaration, (known = releasingMethods(declaration)));
    return known;
  }
  const origin = importOrigin(sourceCode, name);
  if (!origin || !path.isAbsolute(filename)) return null;
  const file = resolveLocalModule(filename, origin.source);
  return file ? (moduleClasses(file, parser).get(origin.name) ?? null) : null;
}

/** The releasing methods of each exported class of the module at `file`, read once per version of the file. */
function moduleClasses(file: string, parser: ModuleParser | undefined): Map<string, ReleasingMethods> {
  return summarizedClasses(summaries, file, parser, releasingMethods);
}

function releasingMethods(declaration: TSESTree.ClassDeclaration | TSESTree.ClassExpression): ReleasingMethods {
  const result: ReleasingMethods = new Map();
  const elements = declaration.body.body;
  const constructors = elements.filter(
    (element): element is TSESTree.MethodDefinition => element.type === AST_NODE_TYPES.MethodDefinition && element.kind === "constructor",
  );
  if (constructors.length !== 1 || !constructors[0]!.value.body) return result;
  const constructor = constructors[0]!.value;
  const methods = new Map<string, TSESTree.FunctionExpression | null>();
  for (const element of elements) {
    if (element.type !== AST_NODE_TYPES.MethodDefinition || element.kind !== "method" || element.static || element.computed) continue;
    if (element.key.type !== AST_NODE_TYPES.Identifier) continue;
    // Overloads or a second body of the same name: a method we cannot pick.
    methods.set(element.key.name, methods.has(element.key.name) || !element.value.body ? null : element.value);
  }
  constructor.params.forEach((param, index) => {
    const field = storedField(param, constructor.body!.body);
    if (field === null || assignedElsewhere(declaration, field, constructor)) return;
    const names = new Set<string>();
    for (const [name, fn] of methods) if (fn && !fn.generator && releasesInFinally(fn.body!.body, field)) names.add(name);
    if (names.size > 0) result.set(index, { releasing: names, spare: spareMembers(declaration, field, methods) });
  });
  return result;
}

/**
 * The members of the class that never reach `field`: its plain fields (declared with a name, not `field`, no accessor
 * or method of that name, an initialiser without `this`, assigned nothing but literals in the class) and the methods
 * whose `this` is only ever read as `this.f` of such a field.
 */
function spareMembers(
  declaration: TSESTree.ClassDeclaration | TSESTree.ClassExpression,
  field: string,
  methods: ReadonlyMap<string, TSESTree.FunctionExpression | null>,
): Set<string> {
  const fields = new Set<string>();
  const others = new Set<string>();
  for (const element of declaration.body.body) {
    const key = "key" in element && !element.computed && element.key.type === AST_NODE_TYPES.Identifier ? element.key.name : null;
    if (key === null) continue;
    const plain = element.type === AST_NODE_TYPES.PropertyDefinition && !element.static && key !== field;
    if (plain && !someNodeBelow([element.value], (node) => node.type === AST_NODE_TYPES.ThisExpression)) fields.add(key);
    else if (element.type !== AST_NODE_TYPES.MethodDefinition || element.kind !== "method" || element.static) others.add(key);
  }
  // `this.name = client`, `this.db = { client }`: a field given anything but a literal may hold the client.
  someNodeBelow([declaration.body], (node) => {
    if (node.type !== AST_NODE_TYPES.AssignmentExpression) return false;
    const target = thisMemberName(node.left);
    if (target !== null && unwrapExpression(node.right).type !== AST_NODE_TYPES.Literal) others.add(target);
    return false;
  });
  for (const name of others) fields.delete(name);
  const spare = new Set(fields);
  for (const [name, fn] of methods) {
    if (!fn || fields.has(name) || others.has(name)) continue;
    const reaches = someNodeBelow([fn.params, fn.body], (node) => {
      if (node.type === AST_NODE_TYPES.ClassBody) return "skip";
      // `function` nests get a `this` of their own, arrows share the method's.
      if (node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.FunctionDeclaration) return "skip";
      if (node.type !== AST_NODE_TYPES.ThisExpression) return false;
      const member = node.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== node || member.computed) return true;
      const read = memberPropertyName(member);
      return read === null || !fields.has(read) || isWrittenMember(member) || (member.parent?.type === AST_NODE_TYPES.CallExpression && member.parent.callee === member);
    });
    if (!reaches) spare.add(name);
  }
  return spare;
}

/** The field the constructor keeps `param` in: a parameter property, or `this.f = param` before anything else works. */
function storedField(param: TSESTree.Parameter, statements: readonly TSESTree.Statement[]): string | null {
  if (param.type === AST_NODE_TYPES.TSParameterProperty) {
    return param.parameter.type === AST_NODE_TYPES.Identifier && !param.static ? param.parameter.name : null;
  }
  if (param.type !== AST_NODE_TYPES.Identifier) return null;
  for (const statement of statements) {
    const expression = statement.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : null;
    if (expression?.type !== AST_NODE_TYPES.AssignmentExpression || expression.operator !== "=") return null;
    const right = unwrapExpression(expression.right);
    const field = thisMemberName(expression.left);
    if (field === null) return null;
    if (right.type === AST_NODE_TYPES.Identifier && right.name === param.name) return field;
    // Another plain store first (`this.name = name`): it cannot throw, go on.
    if (right.type !== AST_NODE_TYPES.Identifier && right.type !== AST_NODE_TYPES.Literal) return null;
  }
  return null;
}

/** Some code of the class other than the constructor's store assigns `this.field`. */
function assignedElsewhere(
  declaration: TSESTree.ClassDeclaration | TSESTree.ClassExpression,
  field: string,
  constructor: TSESTree.FunctionExpression,
): boolean {
  let stores = 0;
  const assigns = someNodeBelow([declaration.body], (node) => {
    if (node.type !== AST_NODE_TYPES.AssignmentExpression && node.type !== AST_NODE_TYPES.UpdateExpression) return false;
    const target = node.type === AST_NODE_TYPES.AssignmentExpression ? node.left : node.argument;
    if (thisMemberName(target) !== field) return false;
    const inConstructor = constructor.body!.body.some((statement) => statement.type === AST_NODE_TYPES.ExpressionStatement && statement.expression === node);
    return !inConstructor || ++stores > 1;
  });
  // A field declared with an initialiser (`client = other`) is set before the constructor's store, which wins.
  return assigns;
}

/** The method's whole body is one `try` whose `finally` starts with `this.field.release(…)`. */
function releasesInFinally(statements: readonly TSESTree.Statement[], field: string): boolean {
  if (statements.length !== 1) return false;
  const statement = statements[0]!;
  if (statement.type !== AST_NODE_TYPES.TryStatement || !statement.finalizer) return false;
  const first = statement.finalizer.body[0];
  if (first?.type !== AST_NODE_TYPES.ExpressionStatement) return false;
  const call = unwrapExpression(first.expression);
  if (call.type !== AST_NODE_TYPES.CallExpression) return false;
  const callee = unwrapExpression(call.callee);
  return callee.type === AST_NODE_TYPES.MemberExpression && memberPropertyName(callee) === "release" && thisMemberName(callee.object) === field;
}
