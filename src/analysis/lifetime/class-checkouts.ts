// A checkout through a method of the project's own class that wraps a pool: `class PostgresDB { connect() { return
// this.pool.connect(); } }`, then `const client = await this.postgresDB.connect()` in a repository that keeps a
// `PostgresDB` in a field (kmlcnclk/fastify-rest-api-with-postgresql, darky/pg-trx-outbox's `this.pg.getClient()`,
// lolmeida/postgres-mcp's `this.connection.getClient()` and its own `this.getClient()`). The caller holds a pool client
// it must release, as after `pool.connect()`; like the file's own helpers' (helper-checkouts.ts) it is reported with
// the helper* messages and no withClient rewrite, since withClient takes a pool and the caller has none.
//
// The evidence is the code's, never a name: the class says which methods check out (every value the method returns
// is the checkout — in this file, a checkout the analysis found; in another module, pools/exported-classes.ts), and
// the caller says the receiver is an instance of it: `this` inside the class, a variable or field assigned
// `new PostgresDB(…)`, or one annotated `: PostgresDB` (a field, a parameter property, a parameter, a variable), or
// `this` in a class that extends an imported one without declaring the method (maximecloarec/Classroom's
// `class UserRepository extends AbstractRepository`, whose base module's getClient() checks out: one level), or the
// import of an instance the class's module makes and exports (`export const dbPool = new DbPool(20)`, then `await
// dbPool.getConnection()`: droderuan/node-rinha-backend-2024q1; read only for a binding awaited on a method). The
// awaited result must be used as a pg client (`.query`/`.release`). A receiver typed by an interface, a class we
// cannot read, or an instance from a factory stays what it was. Cost: an imported class is looked for only in a file
// that imports a relative module, starting from its `.query(`/`.release(` calls (the text search finds them) back to
// `const c = await R.m()`, and its module is read only then; a class of the same file only when a checkout the
// analysis found sits in one of its methods.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunction, someNodeBelow } from "../ast-walk.js";
import { findVariable } from "../find-variable.js";
import {
  codePathOwner,
  enclosingClassBody,
  memberPropertyName,
  parentSkippingWrappers,
  unwrapExpression,
} from "../node-shapes.js";
import { modulePools, resolveLocalModule, type ModuleParser } from "../pools/module-pools.js";
import type { Acquisition } from "./acquisition.js";
import { awaitedTarget } from "./awaited-target.js";
import { awaitedHelperCheckout, returnsOnlyTheCheckout } from "./helper-checkouts.js";
import { forwardsRestArguments } from "./forwarded-arguments.js";
import { usedAsClient } from "./client-use.js";
import { relativeBindings } from "./imported-checkouts.js";
import { callsNamed } from "../text-search.js";
import { declaresMember, importOrigin } from "./inherited-hand-over.js";

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** Where the instances of one class are kept: variables, and fields (by name) of classes. */
interface Receivers {
  variables: Set<Variable>;
  fields: Map<TSESTree.ClassBody, Set<string>>;
}

/** A call `R.m()` on an instance of the class, awaited, whose result the caller uses as a client. */
interface Candidate {
  call: TSESTree.CallExpression;
  method: string;
  where: ReturnType<typeof awaitedTarget>;
}

/**
 * The awaited calls of checkout methods of classes imported from local modules, on their instances, each as a
 * checkout. Found from the file's `X.query(…)` and `X.release(…)` calls (few, and found by the text search): `X` a
 * variable declared `const X = await R.m()`, `R` an instance of a class imported from a relative module (`this.f`
 * with the field declared or assigned in the class, or a variable or parameter). The module is read only then.
 */
export function importedClassCheckouts(sourceCode: SourceCode, filename: string, parser: ModuleParser | undefined): Acquisition[] {
  // Asked only where imported-checkouts.ts's saysClientWork says the file may hold one (lifetime.ts).
  // Only a file that makes (`new C(…)`) or annotates (`: C`) something with an imported binding can hold an instance.
  // …and only for a class whose module has checkout methods (module-pools.ts's summary, cached per version of the file).
  const classes = new Map<Variable, ReadonlySet<string>>();
  // …or an imported instance whose module makes it (`export const dbPool = new DbPool()`), called on directly.
  const instances = new Map<Variable, ReadonlySet<string>>();
  for (const variable of relativeBindings(sourceCode, filename)) {
    const identifier = variable.identifiers[0];
    const instance = !!identifier && awaitsMethodOf(variable);
    if (!identifier || !(instance || namesInstances(variable) || isExtended(variable))) continue;
    const origin = importOrigin(sourceCode as TSESLint.SourceCode, identifier);
    const file = origin ? resolveLocalModule(filename, origin.source) : null;
    const pools = origin && file ? modulePools(file, parser) : null;
    const methods = origin ? pools?.classes.get(origin.name) : undefined;
    if (methods) classes.set(variable, methods);
    const instanceMethods = origin && instance ? pools?.instances.get(origin.name) : undefined;
    if (instanceMethods) instances.set(variable, instanceMethods);
  }
  if (classes.size === 0 && instances.size === 0) return [];
  const found: Acquisition[] = [];
  const seen = new Set<Variable>();
  for (const use of [...callsNamed(sourceCode, "query"), ...callsNamed(sourceCode, "release")]) {
    const object = unwrapExpression((unwrapExpression(use.callee) as TSESTree.MemberExpression).object);
    if (object.type !== AST_NODE_TYPES.Identifier) continue;
    const client = findVariable(sourceCode.getScope(object), object);
    if (!client || seen.has(client) || client.defs.length !== 1) continue;
    seen.add(client);
    const declarator = client.defs[0]!.node;
    if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || !declarator.init) continue;
    const awaited = unwrapExpression(declarator.init);
    const call = awaited.type === AST_NODE_TYPES.AwaitExpression ? unwrapExpression(awaited.argument) : null;
    const callee = call?.type === AST_NODE_TYPES.CallExpression ? unwrapExpression(call.callee) : null;
    const method = callee?.type === AST_NODE_TYPES.MemberExpression ? memberPropertyName(callee) : null;
    if (!call || call.type !== AST_NODE_TYPES.CallExpression || callee?.type !== AST_NODE_TYPES.MemberExpression || method === null) continue;
    const receiver = unwrapExpression(callee.object);
    const instance = receiver.type === AST_NODE_TYPES.Identifier ? findVariable(sourceCode.getScope(receiver), receiver) : null;
    const className = receiver.type === AST_NODE_TYPES.ThisExpression ? inheritedFrom(receiver, method) : instanceClass(receiver, sourceCode);
    const classVariable = className ? findVariable(sourceCode.getScope(className), className) : null;
    const checksOut = (instance && instances.get(instance)?.has(method)) || (classVariable && classes.get(classVariable)?.has(method));
    if (checksOut !== true || givenBackThroughReceiver(client, receiver, sourceCode)) continue;
    const where = awaitedTarget(sourceCode, awaited);
    if (where.target === "variable" && where.client === client) found.push(awaitedHelperCheckout(call, call.callee, where));
  }
  return found;
}

/**
 * The client is handed to a method of the object it came from — `dbPool.release(client)` after `await
 * dbPool.getConnection()`: the wrapper may give it back itself, which this reading does not follow, so it stays silent
 * (review-32a: a DbPool wrapper with a `release(client)` method, imported as a class or as its exported instance).
 */
function givenBackThroughReceiver(client: Variable, receiver: TSESTree.Node, sourceCode: SourceCode): boolean {
  const receiverVariable = receiver.type === AST_NODE_TYPES.Identifier ? findVariable(sourceCode.getScope(receiver), receiver) : null;
  const receiverText = sourceCode.getText(receiver);
  return client.references.some((reference) => {
    const call = parentSkippingWrappers(reference.identifier as TSESTree.Node);
    if (call?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(call.callee) === reference.identifier) return false;
    const callee = unwrapExpression(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
    const object = unwrapExpression(callee.object);
    if (object.type === AST_NODE_TYPES.Identifier && receiverVariable) return findVariable(sourceCode.getScope(object), object) === receiverVariable;
    return receiverVariable === null && sourceCode.getText(object) === receiverText;
  });
}

/** Some reference of `variable` is the object of an awaited method call (`await dbPool.getConnection()`). */
function awaitsMethodOf(variable: Variable): boolean {
  return variable.references.some((reference) => {
    const member = parentSkippingWrappers(reference.identifier as TSESTree.Node);
    if (member?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(member.object) !== reference.identifier) return false;
    const call = parentSkippingWrappers(member);
    return call?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(call.callee) === member && parentSkippingWrappers(call)?.type === AST_NODE_TYPES.AwaitExpression;
  });
}

/** Some reference of `variable` makes an instance (`new C(…)`) or annotates one (`: C`). */
function namesInstances(variable: Variable): boolean {
  return variable.references.some((reference) => {
    const identifier = reference.identifier as TSESTree.Node;
    const parent = identifier.parent;
    return (parent?.type === AST_NODE_TYPES.NewExpression && parent.callee === identifier) || (parent?.type === AST_NODE_TYPES.TSTypeReference && parent.typeName === identifier);
  });
}

/** Some reference of `variable` is the class a class of the file extends (`class Users extends Repository`). */
function isExtended(variable: Variable): boolean {
  return variable.references.some((reference) => {
    const parent = (reference.identifier as TSESTree.Node).parent;
    return (parent?.type === AST_NODE_TYPES.ClassDeclaration || parent?.type === AST_NODE_TYPES.ClassExpression) && parent.superClass === reference.identifier;
  });
}

/**
 * For `this.m()`, the class `this` is an instance of extending the class the identifier names, when that class
 * does not declare `m` itself (so the base class's `m` runs): one level of `extends`, the base read from its module.
 */
function inheritedFrom(receiver: TSESTree.ThisExpression, method: string): TSESTree.Identifier | null {
  const body = enclosingClassBody(receiver);
  const superClass = body?.parent.superClass ? unwrapExpression(body.parent.superClass) : null;
  return body && superClass?.type === AST_NODE_TYPES.Identifier && !declaresMember(body, method) ? superClass : null;
}

/**
 * The class identifier the code says `receiver` is an instance of: `this.f` with the field annotated `: C` (a field
 * or a parameter property) or assigned `new C(…)` in the class's constructor; a variable or parameter annotated
 * `: C` or declared `= new C(…)`.
 */
function instanceClass(receiver: TSESTree.Node, sourceCode: SourceCode): TSESTree.Identifier | null {
  if (receiver.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(sourceCode.getScope(receiver), receiver);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (!definition) return null;
    const name = definition.name as TSESTree.Node;
    const annotated = "typeAnnotation" in name ? annotatedClass(name.typeAnnotation as TSESTree.TSTypeAnnotation | undefined) : null;
    if (annotated) return annotated;
    return definition.node.type === AST_NODE_TYPES.VariableDeclarator && definition.node.init ? constructedClass(definition.node.init) : null;
  }
  const field = receiver.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(receiver.object).type === AST_NODE_TYPES.ThisExpression ? memberPropertyName(receiver) : null;
  const body = field === null ? null : enclosingClassBody(receiver);
  if (!body) return null;
  for (const element of body.body) {
    if (element.type === AST_NODE_TYPES.PropertyDefinition && !element.static && !element.computed && element.key.type === AST_NODE_TYPES.Identifier && element.key.name === field) {
      const found = annotatedClass(element.typeAnnotation) ?? (element.value ? constructedClass(element.value) : null);
      if (found) return found;
    }
    if (element.type !== AST_NODE_TYPES.MethodDefinition || element.kind !== "constructor") continue;
    for (const param of element.value.params) {
      const declared = param.type === AST_NODE_TYPES.TSParameterProperty ? propertyParameter(param) : null;
      if (declared?.name.name === field) {
        const found = annotatedClass(declared.name.typeAnnotation) ?? (declared.init ? constructedClass(declared.init) : null);
        if (found) return found;
      }
    }
    // `this.f = new C(…)` as a statement of the constructor's own body.
    for (const statement of element.value.body?.body ?? []) {
      const expression = statement.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : null;
      if (expression?.type !== AST_NODE_TYPES.AssignmentExpression || expression.operator !== "=") continue;
      const left = unwrapExpression(expression.left);
      if (left.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(left.object).type !== AST_NODE_TYPES.ThisExpression || memberPropertyName(left) !== field) continue;
      const found = constructedClass(expression.right);
      if (found) return found;
    }
  }
  return null;
}

/** `: C` (not `Promise<C>`, not `C[]`). */
function annotatedClass(annotation: TSESTree.TSTypeAnnotation | undefined): TSESTree.Identifier | null {
  const type = annotation?.typeAnnotation;
  return type?.type === AST_NODE_TYPES.TSTypeReference && type.typeName.type === AST_NODE_TYPES.Identifier && !type.typeArguments ? type.typeName : null;
}

/** `new C(…)`. */
function constructedClass(value: TSESTree.Node): TSESTree.Identifier | null {
  const node = unwrapExpression(value);
  if (node.type !== AST_NODE_TYPES.NewExpression) return null;
  const callee = unwrapExpression(node.callee);
  return callee.type === AST_NODE_TYPES.Identifier ? callee : null;
}

/**
 * For the checkouts found in the file, the classes of the same file with a method that gives one back to its
 * caller, and the awaited calls of those methods (`this.getClient()` inside the class, `db.getClient()` on an
 * instance), each as a checkout.
 */
export function sameFileClassCheckouts(acquisitions: readonly Acquisition[], sourceCode: SourceCode): Acquisition[] {
  const classes = new Map<TSESTree.ClassBody, Map<string, boolean>>();
  for (const acquisition of acquisitions) {
    if (acquisition.style !== "await" || acquisition.throughHelper) continue;
    const method = codePathOwner(acquisition.call);
    const element = method.parent;
    if (!isFunction(method) || (element?.type !== AST_NODE_TYPES.MethodDefinition && element?.type !== AST_NODE_TYPES.PropertyDefinition)) continue;
    if (element.static || element.computed || element.key.type !== AST_NODE_TYPES.Identifier || element.value !== method) continue;
    if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind !== "method") continue;
    if (!returnsOnlyTheCheckout(method, acquisition, sourceCode)) continue;
    const methods = classes.get(element.parent) ?? new Map<string, boolean>();
    // A method forwarding its arguments to connect() checks out only when given none (forwarded-arguments.ts).
    methods.set(element.key.name, forwardsRestArguments(acquisition.call));
    classes.set(element.parent, methods);
  }
  const found: Acquisition[] = [];
  for (const [body, methods] of classes) {
    const receivers = receiversOf(classVariables(body.parent, sourceCode), sourceCode) ?? { variables: new Set(), fields: new Map() };
    // The method's every return is the checkout, so a wrapper made around its result (`new Tx(await this.m())`) holds it.
    for (const { call, method, where } of candidateCalls(receivers, body, sourceCode, true)) {
      const forwarding = methods.get(method);
      if (forwarding === undefined || (forwarding && call.arguments.length > 0)) continue;
      found.push(awaitedHelperCheckout(call, call.callee, where));
    }
  }
  return found;
}

/** Adds `extra` to `found`, dropping any checkout of `found` made by the same call (the class's reading is the surer). */
export function mergeClassCheckouts(found: Acquisition[], extra: readonly Acquisition[]): void {
  if (extra.length === 0) return;
  const calls = new Set<TSESTree.Node>(extra.map((acquisition) => acquisition.call));
  for (let index = found.length - 1; index >= 0; index--) if (calls.has(found[index]!.call)) found.splice(index, 1);
  found.push(...extra);
}

/** The variables naming a class declaration (`class Db {}`, `const Db = class {}`). */
export function classVariables(node: TSESTree.Node, sourceCode: SourceCode): Variable[] {
  if (node.type === AST_NODE_TYPES.ClassDeclaration) return [...sourceCode.getDeclaredVariables(node)];
  const declarator = parentSkippingWrappers(node);
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return [];
  return [...sourceCode.getDeclaredVariables(declarator)];
}

/** Where the file keeps instances of the class the variables name; null when nowhere. */
function receiversOf(classes: readonly Variable[], sourceCode: SourceCode): Receivers | null {
  const receivers: Receivers = { variables: new Set(), fields: new Map() };
  let any = false;
  const addField = (body: TSESTree.ClassBody | null, name: string | null): void => {
    if (!body || name === null) return;
    const names = receivers.fields.get(body) ?? new Set<string>();
    names.add(name);
    receivers.fields.set(body, names);
    any = true;
  };
  const addVariable = (identifier: TSESTree.Identifier): void => {
    const variable = findVariable(sourceCode.getScope(identifier), identifier);
    if (variable) {
      receivers.variables.add(variable);
      any = true;
    }
  };
  for (const classVariable of classes) {
    for (const reference of classVariable.references) {
      const identifier = reference.identifier as TSESTree.Node;
      const parent = identifier.parent;
      if (parent?.type === AST_NODE_TYPES.NewExpression && parent.callee === identifier) {
        // `const db = new Db()`, `this.db = new Db()`, `db = new Db()` as a class field's value.
        const holder = parentSkippingWrappers(parent);
        if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.id.type === AST_NODE_TYPES.Identifier && holder.init && unwrapExpression(holder.init) === parent) {
          addVariable(holder.id);
        } else if (holder?.type === AST_NODE_TYPES.AssignmentExpression && holder.operator === "=") {
          const left = unwrapExpression(holder.left);
          if (left.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(left.object).type === AST_NODE_TYPES.ThisExpression) {
            addField(enclosingClassBody(holder), memberPropertyName(left));
          }
        } else if (holder?.type === AST_NODE_TYPES.PropertyDefinition && !holder.static && !holder.computed && holder.key.type === AST_NODE_TYPES.Identifier) {
          addField(holder.parent, holder.key.name);
        }
        continue;
      }
      // `: Db` on a field, a parameter property, a parameter or a variable (not `Promise<Db>`, not `Db[]`).
      if (parent?.type !== AST_NODE_TYPES.TSTypeReference || parent.typeName !== identifier || parent.parent?.type !== AST_NODE_TYPES.TSTypeAnnotation) continue;
      const annotated = parent.parent.parent;
      if (annotated?.type === AST_NODE_TYPES.PropertyDefinition) {
        if (!annotated.static && !annotated.computed && annotated.key.type === AST_NODE_TYPES.Identifier) addField(annotated.parent, annotated.key.name);
      } else if (annotated?.type === AST_NODE_TYPES.Identifier) {
        // `private readonly db: Db = new Db()`: a parameter property with a default is an AssignmentPattern inside it.
        const defaulted = annotated.parent?.type === AST_NODE_TYPES.AssignmentPattern && annotated.parent.left === annotated;
        const owner = defaulted ? annotated.parent?.parent : annotated.parent;
        if (owner?.type === AST_NODE_TYPES.TSParameterProperty) addField(constructorClassBody(owner), annotated.name);
        if (owner && (owner.type === AST_NODE_TYPES.VariableDeclarator || owner.type === AST_NODE_TYPES.TSParameterProperty || isFunction(owner))) {
          addVariable(annotated);
        }
      }
    }
  }
  return any ? receivers : null;
}

/** The name a parameter property declares (`db: Db`, or `db: Db = new Db()` with its default), if it is a plain name. */
function propertyParameter(property: TSESTree.TSParameterProperty): { name: TSESTree.Identifier; init: TSESTree.Expression | null } | null {
  const parameter = property.parameter;
  if (parameter.type === AST_NODE_TYPES.Identifier) return { name: parameter, init: null };
  return parameter.type === AST_NODE_TYPES.AssignmentPattern && parameter.left.type === AST_NODE_TYPES.Identifier
    ? { name: parameter.left, init: parameter.right }
    : null;
}

/** The class body whose constructor declares the parameter property. */
function constructorClassBody(property: TSESTree.TSParameterProperty): TSESTree.ClassBody | null {
  const method = property.parent?.parent;
  return method?.type === AST_NODE_TYPES.MethodDefinition && method.kind === "constructor" && method.parent.type === AST_NODE_TYPES.ClassBody
    ? method.parent
    : null;
}

/**
 * The awaited no-spread calls `v.m()` on the receiver variables, `this.f.m()` on the receiver fields inside their
 * class, and `this.m()` inside `own` (the class itself), whose result is a variable used as a client.
 */
function candidateCalls(receivers: Receivers, own: TSESTree.ClassBody | null, sourceCode: SourceCode, wrappers = false): Candidate[] {
  const candidates: Candidate[] = [];
  const consider = (member: TSESTree.MemberExpression): void => {
    const call = parentSkippingWrappers(member);
    const method = memberPropertyName(member);
    if (call?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(call.callee) !== member || method === null) return;
    const awaited = parentSkippingWrappers(call);
    if (awaited?.type !== AST_NODE_TYPES.AwaitExpression) return;
    const where = awaitedTarget(sourceCode, awaited);
    if (where.target !== "variable" || !where.client || !(usedAsClient(where.client, sourceCode) || (wrappers && where.wrapped === true))) return;
    candidates.push({ call, method, where });
  };
  for (const variable of receivers.variables) {
    for (const reference of variable.references) {
      const member = parentSkippingWrappers(reference.identifier as TSESTree.Node);
      if (member?.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(member.object) === reference.identifier) consider(member);
    }
  }
  const bodies = new Set(receivers.fields.keys());
  if (own) bodies.add(own);
  for (const body of bodies) {
    const fields = receivers.fields.get(body);
    forEachThisMember(body, (member) => {
      const object = unwrapExpression(member.object);
      if (object.type === AST_NODE_TYPES.ThisExpression) {
        if (body === own) consider(member);
      } else if (fields && object.type === AST_NODE_TYPES.MemberExpression && unwrapExpression(object.object).type === AST_NODE_TYPES.ThisExpression) {
        const field = memberPropertyName(object);
        if (field !== null && fields.has(field)) consider(member);
      }
    });
  }
  return candidates;
}

/**
 * Every member expression `this.x.y` or `this.y` in the class body where `this` is the instance: its methods, field
 * values and the arrows inside them, not a nested `function` or class (whose `this` is another).
 */
function forEachThisMember(body: TSESTree.ClassBody, visit: (member: TSESTree.MemberExpression) => void): void {
  someNodeBelow([body.body], (node) => {
    if (node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression) return "skip";
    if (node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.FunctionDeclaration) {
      const element = node.parent;
      const ownMethod = (element?.type === AST_NODE_TYPES.MethodDefinition || element?.type === AST_NODE_TYPES.PropertyDefinition) && element.parent === body;
      return ownMethod && !element.static ? false : "skip";
    }
    if ((node.type === AST_NODE_TYPES.PropertyDefinition || node.type === AST_NODE_TYPES.MethodDefinition) && node.static) return "skip";
    if (node.type === AST_NODE_TYPES.StaticBlock) return "skip";
    if (node.type === AST_NODE_TYPES.MemberExpression) {
      let root: TSESTree.Node = unwrapExpression(node.object);
      if (root.type === AST_NODE_TYPES.MemberExpression) root = unwrapExpression(root.object);
      if (root.type === AST_NODE_TYPES.ThisExpression) visit(node);
    }
    return false;
  });
}
