// Which expressions are node-postgres pools. Every rule asks this for each `.connect()` / `.query()` object, so the
// answer is memoised per file and per node, cheap syntactic evidence comes first, and the checker is asked last.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import { DefinitionType } from "@typescript-eslint/scope-manager";
import type { TSESTree, TSESLint } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";
import { FileMemo } from "../file-memo.js";
import { assignedMemberPool } from "./assigned-member-pool.js";
import { isPoolFactoryCall } from "./pool-factories.js";
import { bindingOfExpression, isClientConstruction, isPoolConstruction } from "./pg-imports.js";
import { isPgCompatibleDriverPool } from "./pg-compatible-drivers.js";
import { isFunction } from "../ast-walk.js";
import { enclosingClassBody, memberPropertyName, staticKeyName, unwrapExpression } from "../node-shapes.js";
import type { AnsweringHelper } from "../lifetime/answering-helper-releases.js";
import { importedAnsweringHelper } from "../lifetime/imported-answering-helpers.js";
import type { ModuleParser } from "./module-pools.js";
import { MAX_ALIAS_DEPTH, PoolAnnotations } from "./pool-annotations.js";
import { GlobalObjectPools } from "./global-object-pools.js";
import { DecoratedPools } from "./decorated-pools.js";
import { PoolRegistries } from "./pool-registries.js";
import { LocalModulePools } from "./local-module-pools.js";
import { readPoolSettings, type PoolSettings } from "./pool-settings.js";
import { createTypedPoolCheck, type TypedPoolCheck } from "./pool-types.js";
import { ownedDecoratorName } from "./class-own-members.js";
import { writtenOutPoolPlace } from "./written-out-pools.js";
import { isDrizzlePoolHandle, isTypedPoolHandle } from "./orm-handles.js";
import { isImportedDrizzlePoolHandle } from "./imported-drizzle.js";
import { injectedToken, providedPoolTokens, SAYS_PROVIDE, tokenKey } from "./provided-pools.js";

type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Whether an expression is a pg pool; `excluded` says that a type annotation names something else (`pool: SurrealPool`,
 * generic-pool's `Pool<Conn>`), or that the local module it comes from exports another driver's pool there (mssql's
 * `module.exports = new sql.ConnectionPool(…)`), which no other evidence overrides.
 */
export interface PoolMatcher {
  (expression: TSESTree.Node): boolean;
  excluded(expression: TSESTree.Node): boolean;
  /**
   * A pool only by its name (`pool`, `this.pool`): nothing else (pg's constructor, a type, a local module, the
   * fastify decorator) says so. Callers weigh other libraries' shapes against such a judgement.
   */
  byNameOnly(expression: TSESTree.Node): boolean;
  /**
   * Not a pool, but a local module whose `connect()` hands out pool clients the way a pool does (the project's own
   * connection helper): `db.connect()` on it is a checkout.
   */
  checkoutModule(expression: TSESTree.Node): boolean;
  /**
   * The type annotation the expression's declaration carries when it is not a pg pool type (nor `any`): the
   * project's own pool interface, which `withClient`'s `pg.Pool` parameter may not accept. Null otherwise.
   */
  declaredOtherType(expression: TSESTree.Node): TSESTree.TypeNode | null;
  /**
   * Whether `object.name` is typed pg's `Pool`: by the annotation on `object`'s declaration (PoolAnnotations), or,
   * with `typeAware`, by the checker (`app.pg` where the project augments FastifyInstance with `pg: Pool`).
   */
  memberDeclaredPool(member: TSESTree.MemberExpression): boolean;
  /**
   * Where the object the expression names is written out, when the project writes it out itself ("this file", or the
   * specifier of the module exporting it: written-out-pools.ts); null otherwise.
   */
  writtenOutPlace(expression: TSESTree.Node): string | null;
  /**
   * The error helper a local module exports, when `call` names one (`utils.handleError(err, client, done)`:
   * lifetime/imported-answering-helpers.ts): passing the callback's `done` to it is a release like calling it.
   */
  answeringHelper(call: TSESTree.CallExpression): AnsweringHelper | null;
}

/**
 * One matcher per linted file, shared by every rule that lints it (and held no longer: see FileMemo). The settings
 * object is part of the key: a SourceCode object handed to `Linter#verify` again may come with other settings.
 */
const matchers = new FileMemo<{ settings: unknown; matcher: PoolMatcher }>();
/** A pattern no name matches. */
const NEVER = /(?!)/;

/** Returns a predicate telling whether an expression (the object of `.connect()` / `.query()`) is a pg pool. */
export function createPoolMatcher(context: RuleContext): PoolMatcher {
  const sourceCode = context.sourceCode;
  const existing = matchers.get(sourceCode);
  if (existing && existing.settings === context.settings) return existing.matcher;
  const settings = readPoolSettings(context);
  const judge = buildMatcher(context, sourceCode, settings);
  // The same judgement with no name matching, built only when a caller asks how strong the evidence is.
  let nameless: ((expression: TSESTree.Node) => boolean) | undefined;
  const byNameOnly = (expression: TSESTree.Node): boolean => {
    if (!judge(expression)) return false;
    nameless ??= buildMatcher(context, sourceCode, { ...settings, poolNamePattern: NEVER });
    return !nameless(expression);
  };
  const filename = context.physicalFilename ?? context.filename;
  const parser = (context.languageOptions as { parser?: ModuleParser } | undefined)?.parser;
  const answeringHelper = (call: TSESTree.CallExpression) => importedAnsweringHelper(call, sourceCode, filename, parser);
  const matcher: PoolMatcher = Object.assign(judge, { byNameOnly, answeringHelper });
  matchers.set(sourceCode, { settings: context.settings, matcher });
  return matcher;
}

function buildMatcher(
  context: RuleContext,
  sourceCode: SourceCode,
  settings: PoolSettings,
): ((expression: TSESTree.Node) => boolean) & {
  excluded(expression: TSESTree.Node): boolean;
  checkoutModule(expression: TSESTree.Node): boolean;
  declaredOtherType(expression: TSESTree.Node): TSESTree.TypeNode | null;
  memberDeclaredPool(member: TSESTree.MemberExpression): boolean;
  writtenOutPlace(expression: TSESTree.Node): string | null;
} {
  // Plain Maps: the matcher lives only as long as its file (see FileMemo), and a Map is cheaper to make than a WeakMap.
  const byNode = new Map<TSESTree.Node, boolean>();
  const excludedNodes = new Map<TSESTree.Node, boolean>();
  // Read from the context only when a module is looked up (most files never do): the context's getters are not free.
  let linted: { filename: string; parser: ModuleParser | undefined } | undefined;
  const lintedFile = () =>
    (linted ??= {
      filename: context.physicalFilename ?? context.filename,
      parser: (context.languageOptions as { parser?: ModuleParser } | undefined)?.parser,
    });
  const byVariable = new Map<TSESLint.Scope.Variable, boolean>();
  const annotations = new PoolAnnotations(sourceCode, settings.poolTypes, lintedFile);
  const localModules = new LocalModulePools(sourceCode, lintedFile);
  const globalObjectPools = new GlobalObjectPools(sourceCode);
  const decoratedPools = new DecoratedPools(sourceCode);
  const registries = new PoolRegistries(sourceCode);
  let typedCheck: TypedPoolCheck | null | undefined; // undefined: not asked yet

  const nameMatches = (name: string): boolean => {
    settings.poolNamePattern.lastIndex = 0;
    return settings.poolNamePattern.test(name);
  };

  /**
   * `db.getPool()`, `this.getPool()`, `getReadPool()`: a getter named `get` + a pool name hands out the pool (the
   * `IPgComponent.getPool()` of @well-known-components/pg-component). `db.pool()`, `pool()`: a lazy accessor named
   * `pool` itself (the stores of an agent platform opening their shared pool on first use, an ORM driver's module
   * pool). The name is all the evidence, as for `db.pool`; a factory named like one (`makePool()`) says nothing.
   */
  const isPoolGetterCall = (call: TSESTree.CallExpression): boolean => {
    const callee = unwrapExpression(call.callee);
    const name =
      callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? memberPropertyName(callee) : null;
    if (name === "pool") return true;
    const rest = name === null ? null : /^get(?=[A-Z_])_?(.+)$/.exec(name)?.[1];
    return rest !== undefined && rest !== null && nameMatches(rest);
  };

  /** Definition-based evidence: `= new Pool()`, `: Pool`, an alias of a pool, an assignment of a new Pool. */
  const variableIsPool = (variable: TSESLint.Scope.Variable, depth: number): boolean => {
    const known = byVariable.get(variable);
    if (known !== undefined) return known;
    byVariable.set(variable, false); // cycles (`a = b; b = a`) end here
    const annotation = annotations.variableAnnotation(variable);
    if (annotation !== "none") {
      byVariable.set(variable, annotation === "pool");
      return annotation === "pool";
    }
    // `const pool = new Client(…)`: pg's own constructor says it is one connection, whatever the name says; and
    // `const pool = require("./dbCon")` of a module exporting mssql's ConnectionPool is that driver's pool.
    if (constructedAsClient(variable) || localModules.importedOtherPool(variable)) return false;
    let answer = nameMatches(variable.name) || localModules.importedPool(variable) || isPgCompatibleDriverPool(variable, sourceCode);
    for (const definition of variable.defs) {
      if (answer) break;
      answer = definitionIsPool(definition, depth);
    }
    if (!answer) {
      answer = variable.references.some(
        (reference) => reference.writeExpr !== null && reference.writeExpr !== undefined && isPoolConstruction(reference.writeExpr, sourceCode),
      );
    }
    byVariable.set(variable, answer);
    return answer;
  };

  /** Every definition initialises the variable with pg's `new Client(…)`, and no later assignment gives it a pool. */
  const constructedAsClient = (variable: TSESLint.Scope.Variable): boolean =>
    variable.defs.length > 0 &&
    variable.defs.every(
      (definition) =>
        definition.type === DefinitionType.Variable &&
        definition.node.type === AST_NODE_TYPES.VariableDeclarator &&
        definition.node.id === definition.name &&
        definition.node.init !== null &&
        isClientConstruction(definition.node.init, sourceCode),
    ) &&
    !variable.references.some((reference) => reference.writeExpr && !reference.init && isPoolConstruction(reference.writeExpr, sourceCode));

  const definitionIsPool = (definition: TSESLint.Scope.Definition, depth: number): boolean => {
    const name = definition.name;
    if (name.type === AST_NODE_TYPES.Identifier && annotations.isPoolTypeNode(name.typeAnnotation?.typeAnnotation)) return true;
    if (definition.type === DefinitionType.Variable) {
      const declarator = definition.node;
      if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id !== name || !declarator.init) return false;
      if (isPoolConstruction(declarator.init, sourceCode)) return true;
      // `const c = await getPgClient()`: a function of this file that returns only `new Pool(…)` (pool-factories.ts).
      if (isPoolFactoryCall(declarator.init, sourceCode)) return true;
      const init = unwrapExpression(declarator.init);
      if (init.type === AST_NODE_TYPES.Identifier && depth < MAX_ALIAS_DEPTH) {
        const aliased = findVariable(sourceCode.getScope(init), init);
        return aliased !== null && aliased !== undefined && variableIsPool(aliased, depth + 1);
      }
    }
    return false;
  };

  /** `this.name` inside a class whose field or parameter property `name` is typed or initialised as a Pool. */
  const classMemberIsPool = (member: TSESTree.MemberExpression, name: string): boolean => {
    const body = enclosingClassBody(member);
    if (!body) return false;
    for (const element of body.body) {
      if (
        (element.type === AST_NODE_TYPES.PropertyDefinition || element.type === AST_NODE_TYPES.AccessorProperty) &&
        !element.computed &&
        staticKeyName(element.key) === name
      ) {
        if (annotations.isPoolTypeNode(element.typeAnnotation?.typeAnnotation)) return true;
        if (element.value && isPoolConstruction(element.value, sourceCode)) return true;
      }
      if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === "constructor") {
        for (const parameter of element.value.params) {
          if (parameter.type !== AST_NODE_TYPES.TSParameterProperty) continue;
          const inner = parameter.parameter.type === AST_NODE_TYPES.AssignmentPattern ? parameter.parameter.left : parameter.parameter;
          if (inner.type === AST_NODE_TYPES.Identifier && inner.name === name && annotations.isPoolTypeNode(inner.typeAnnotation?.typeAnnotation)) {
            return true;
          }
          // `@Inject(PG_POOL) private conn: any`: the token of a provider whose factory makes a pool (provided-pools.ts).
          const token = inner.type === AST_NODE_TYPES.Identifier && inner.name === name ? injectedToken(parameter) : null;
          if (token && (ownProvidedTokens().has(tokenKey(token) ?? "") || localModules.importedProvidedPool(token))) return true;
        }
        if (element.value.body && constructorAssignsPool(element.value.body, name)) return true;
      }
    }
    return false;
  };

  /** The linted file's own providers of a pool, read at the first `@Inject(…)` asked about (provided-pools.ts). */
  let ownProvided: Set<string> | undefined;
  const ownProvidedTokens = (): Set<string> =>
    (ownProvided ??= SAYS_PROVIDE.test(sourceCode.text) ? providedPoolTokens(sourceCode.ast, (node) => isPoolConstruction(node, sourceCode)) : new Set());

  const constructorAssignsPool = (body: TSESTree.BlockStatement, name: string): boolean =>
    body.body.some((statement) => {
      if (statement.type !== AST_NODE_TYPES.ExpressionStatement) return false;
      const expression = statement.expression;
      if (expression.type !== AST_NODE_TYPES.AssignmentExpression) return false;
      const left = unwrapExpression(expression.left);
      return (
        left.type === AST_NODE_TYPES.MemberExpression &&
        left.object.type === AST_NODE_TYPES.ThisExpression &&
        memberPropertyName(left) === name &&
        isPoolConstruction(expression.right, sourceCode)
      );
    });

  const syntacticallyPool = (node: TSESTree.Node): boolean => {
    switch (node.type) {
      case AST_NODE_TYPES.Identifier: {
        const variable = findVariable(sourceCode.getScope(node), node);
        if (variable) return variableIsPool(variable, 0);
        return nameMatches(node.name);
      }
      case AST_NODE_TYPES.MemberExpression: {
        const name = memberPropertyName(node);
        // `pools[tenant]`, `shards[i % n]`, `pools.analytics`, `this.replicas[i]`: a value of a registry of pools the
        // file keeps, in a variable or a class's private field.
        const holder = node.object.type;
        if ((holder === AST_NODE_TYPES.Identifier || holder === AST_NODE_TYPES.MemberExpression) && registries.isPool(node)) return true;
        if (name === null) return false;
        if (node.object.type !== AST_NODE_TYPES.ThisExpression && localModules.otherPoolMember(node, name)) return false;
        if (node.object.type === AST_NODE_TYPES.ThisExpression) {
          const annotation = annotations.classMemberAnnotation(node, name);
          if (annotation !== "none") return annotation === "pool";
        }
        if (nameMatches(name) || (isFastifyDecorator(node, name) && !ownedDecoratorName(node, name))) return true;
        if (node.object.type === AST_NODE_TYPES.ThisExpression) {
          return classMemberIsPool(node, name) || assignedMemberPool(node, name, sourceCode);
        }
        return (
          localModules.memberOfLocalModule(node, name) ||
          assignedMemberPool(node, name, sourceCode) ||
          globalObjectPools.isPool(node, syntacticallyPool) ||
          decoratedPools.isPool(node, name, syntacticallyPool) ||
          isDrizzlePoolHandle(node, name, sourceCode, syntacticallyPool) ||
          isTypedPoolHandle(node, name, sourceCode, lintedFile) ||
          isImportedDrizzlePoolHandle(node, name, sourceCode, lintedFile)
        );
      }
      case AST_NODE_TYPES.NewExpression:
        return bindingOfExpression(node.callee, sourceCode) === "pool-class";
      case AST_NODE_TYPES.CallExpression:
        // `pools.get(tenantId)`: the same, from a Map.
        return isPoolGetterCall(node) || registries.isPool(node);
      case AST_NODE_TYPES.AwaitExpression:
        // `(await db.pool()).connect()`, `(await getPool()).connect()`: awaiting what hands out the pool gives the pool.
        return syntacticallyPool(unwrapExpression(node.argument));
      default:
        return false;
    }
  };

  /** `pool` bound to, or `db.pool` read from, a local module's export that is another driver's pool (module-pools.ts). */
  const otherDriverModulePool = (node: TSESTree.Node): boolean => {
    if (node.type === AST_NODE_TYPES.Identifier) {
      const variable = findVariable(sourceCode.getScope(node), node);
      return variable !== null && variable !== undefined && localModules.importedOtherPool(variable);
    }
    if (node.type !== AST_NODE_TYPES.MemberExpression || node.object.type === AST_NODE_TYPES.ThisExpression) return false;
    const name = memberPropertyName(node);
    return name !== null && localModules.otherPoolMember(node, name);
  };

  const excluded = (expression: TSESTree.Node): boolean => {
    const node = unwrapExpression(expression);
    let answer = excludedNodes.get(node);
    if (answer === undefined) {
      const asserted = annotations.assertedType(expression);
      answer = asserted === "other" || (asserted === "none" && (annotations.annotationOfExpression(node) === "other" || otherDriverModulePool(node)));
      excludedNodes.set(node, answer);
    }
    return answer;
  };

  let mentionsInstanceof: boolean | undefined; // the text is searched on the first question, not for every file
  /** `x instanceof Pool ? x.connect() : …`, `if (x instanceof pg.Pool) { x.connect() }`: narrowed to a pool there. */
  const narrowedToPool = (node: TSESTree.Node): boolean => {
    if (!(mentionsInstanceof ??= sourceCode.text.includes("instanceof"))) return false;
    const text = sourceCode.getText(node);
    let child: TSESTree.Node = node;
    for (let current = node.parent; current && !isFunction(current); current = current.parent) {
      if (
        (current.type === AST_NODE_TYPES.ConditionalExpression || current.type === AST_NODE_TYPES.IfStatement) &&
        current.consequent === child
      ) {
        const test = unwrapExpression(current.test);
        if (
          test.type === AST_NODE_TYPES.BinaryExpression &&
          test.operator === "instanceof" &&
          sourceCode.getText(unwrapExpression(test.left)) === text &&
          bindingOfExpression(test.right, sourceCode) === "pool-class"
        ) {
          return true;
        }
      }
      child = current;
    }
    return false;
  };

  const matcher = (expression: TSESTree.Node): boolean => {
    // Every rule asks again for the same receivers: the answer is kept per unwrapped node, the assertion around it
    // included (assertedType reads only that node's wrapping parents).
    const node = unwrapExpression(expression);
    const known = byNode.get(node);
    if (known !== undefined) return known;
    const asserted = annotations.assertedType(node);
    let answer = asserted === "none" ? syntacticallyPool(node) || narrowedToPool(node) : asserted === "pool";
    if (!answer && asserted === "none" && settings.typeAware) {
      if (typedCheck === undefined) typedCheck = createTypedPoolCheck(context, settings.poolTypes);
      answer = typedCheck !== null && typedCheck(node);
    }
    byNode.set(node, answer);
    return answer;
  };
  return Object.assign(matcher, {
    excluded,
    checkoutModule: (expression: TSESTree.Node) => localModules.checkoutModule(expression),
    declaredOtherType: (expression: TSESTree.Node) => annotations.declaredOtherType(expression),
    memberDeclaredPool: (member: TSESTree.MemberExpression) => {
      if (annotations.memberDeclaredPool(member)) return true;
      if (!settings.typeAware) return false;
      if (typedCheck === undefined) typedCheck = createTypedPoolCheck(context, settings.poolTypes);
      return typedCheck !== null && typedCheck.whole(member);
    },
    writtenOutPlace: (expression: TSESTree.Node) => writtenOutPoolPlace(sourceCode, lintedFile, expression),
  });
}

/**
 * The `@fastify/postgres` decorator: `fastify.pg`, `request.server.pg`, and its named pools `fastify.pg.reports`
 * (the plugin registered with a `name`). `pg` as a bare identifier is the module, not the decorator.
 */
function isFastifyDecorator(member: TSESTree.MemberExpression, name: string): boolean {
  if (name === "pg") return true;
  const object = unwrapExpression(member.object);
  return (
    object.type === AST_NODE_TYPES.MemberExpression &&
    memberPropertyName(object) === "pg" &&
    !["Pool", "Client", "native", "types", "defaults", "Query"].includes(name)
  );
}
