// Which expressions are node-postgres pools. Every rule asks this for each `.connect()` / `.query()` object, so the
// answer is memoised per file and per node, cheap syntactic evidence comes first, and the checker is asked last.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import { DefinitionType } from "@typescript-eslint/scope-manager";
import type { TSESTree, TSESLint } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";
import path from "node:path";
import { FileMemo } from "../file-memo.js";
import { assignedMemberPool } from "./assigned-member-pool.js";
import { isPoolFactoryCall } from "./pool-factories.js";
import { bindingOfExpression, bindingOfVariable, isClientConstruction, isPoolConstruction, type PgBinding } from "./pg-imports.js";
import { isPgCompatibleDriverPool, isPgCompatibleDriverPoolClass } from "./pg-compatible-drivers.js";
import { isFunction } from "../ast-walk.js";
import { enclosingClassBody, isExpressionWrapper, memberPropertyName, packageSpecifier, requiredModule, staticKeyName, unwrapExpression } from "../node-shapes.js";
import { declaresClass, modulePools, resolveLocalModule, type ModuleParser, type ModulePools } from "./module-pools.js";
import { readPoolSettings, type PoolSettings } from "./pool-settings.js";
import { createTypedPoolCheck } from "./pool-types.js";
import { ownedDecoratorName } from "./class-own-members.js";

type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Whether an expression is a pg pool; `excluded` says that a type annotation names something else (`pool: SurrealPool`,
 * generic-pool's `Pool<Conn>`), which no other evidence overrides.
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
}

/** What a type annotation says: a pg pool, something else, or nothing we can tell (`any`, an unresolved name). */
type Annotation = "pool" | "other" | "none";

/**
 * One matcher per linted file, shared by every rule that lints it (and held no longer: see FileMemo). The settings
 * object is part of the key: a SourceCode object handed to `Linter#verify` again may come with other settings.
 */
const matchers = new FileMemo<{ settings: unknown; matcher: PoolMatcher }>();
const MAX_ALIAS_DEPTH = 8;
/** node-postgres's client types: an expression annotated with one holds a client, not a pool. */
const PG_CLIENT_TYPES = new Set(["Client", "ClientBase", "PoolClient"]);
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
  const matcher: PoolMatcher = Object.assign(judge, { byNameOnly });
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
  // What a type's name or qualifier is bound to in pg terms, per variable: every `db: pg.Pool` of a file names the
  // same `pg`, each parameter or field a type of its own to read.
  const bindings = new Map<TSESLint.Scope.Variable, PgBinding>();
  const pgBindingOf = (variable: TSESLint.Scope.Variable): PgBinding => {
    let binding = bindings.get(variable);
    if (binding === undefined) {
      binding = bindingOfVariable(variable, sourceCode);
      bindings.set(variable, binding);
    }
    return binding;
  };
  let typedCheck: ((node: TSESTree.Node) => boolean) | null | undefined; // undefined: not asked yet

  const nameMatches = (name: string): boolean => {
    settings.poolNamePattern.lastIndex = 0;
    return settings.poolNamePattern.test(name);
  };

  /** `Pool`, `pg.Pool`, `import("pg").Pool`, a configured pool type name, or a union containing one. */
  const isPoolTypeNode = (type: TSESTree.TypeNode | undefined): boolean => {
    if (!type) return false;
    switch (type.type) {
      case AST_NODE_TYPES.TSUnionType:
        return type.types.some(isPoolTypeNode);
      case AST_NODE_TYPES.TSTypeReference: {
        const typeName = type.typeName;
        if (typeName.type === AST_NODE_TYPES.Identifier) {
          if (settings.poolTypes.has(typeName.name)) return true;
          const variable = findVariable(sourceCode.getScope(typeName), typeName);
          return (
            variable !== null &&
            (pgBindingOf(variable) === "pool-class" || isPgCompatibleDriverPoolClass(variable))
          );
        }
        if (typeName.type === AST_NODE_TYPES.TSQualifiedName) {
          if (settings.poolTypes.has(typeName.right.name)) return true;
          return typeName.right.name === "Pool" && qualifierIsPgModule(typeName.left);
        }
        return false;
      }
      case AST_NODE_TYPES.TSImportType: {
        // `source` (a string literal) replaced the deprecated `argument`; older parsers of the peer range lack it.
        const source = (type as { source?: TSESTree.StringLiteral }).source?.value ?? null;
        const qualifier = type.qualifier;
        return (
          (source === "pg" || source === "pg-pool") &&
          qualifier?.type === AST_NODE_TYPES.Identifier &&
          (qualifier.name === "Pool" || qualifier.name === "default")
        );
      }
      default:
        return false;
    }
  };

  const qualifierIsPgModule = (left: TSESTree.EntityName): boolean => {
    if (left.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = findVariable(sourceCode.getScope(left), left);
    return variable !== null && pgBindingOf(variable) === "module";
  };

  /** Definition-based evidence: `= new Pool()`, `: Pool`, an alias of a pool, an assignment of a new Pool. */
  const variableIsPool = (variable: TSESLint.Scope.Variable, depth: number): boolean => {
    const known = byVariable.get(variable);
    if (known !== undefined) return known;
    byVariable.set(variable, false); // cycles (`a = b; b = a`) end here
    const annotation = variableAnnotation(variable);
    if (annotation !== "none") {
      byVariable.set(variable, annotation === "pool");
      return annotation === "pool";
    }
    // `const pool = new Client(…)`: pg's own constructor says it is one connection, whatever the name says.
    if (constructedAsClient(variable)) return false;
    let answer = nameMatches(variable.name) || importedPool(variable) || isPgCompatibleDriverPool(variable, sourceCode);
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

  /** What a type annotation says about the value it types; aliases are followed a few levels. */
  const annotationOf = (type: TSESTree.TypeNode | undefined, depth = 0): Annotation => {
    if (!type || depth > MAX_ALIAS_DEPTH) return "none";
    if (isPoolTypeNode(type)) return "pool";
    switch (type.type) {
      case AST_NODE_TYPES.TSUnionType: {
        const answers = type.types
          .filter((member) => member.type !== AST_NODE_TYPES.TSNullKeyword && member.type !== AST_NODE_TYPES.TSUndefinedKeyword)
          .map((member) => annotationOf(member, depth + 1));
        return answers.length > 0 && answers.every((answer) => answer === "other") ? "other" : "none";
      }
      case AST_NODE_TYPES.TSStringKeyword:
      case AST_NODE_TYPES.TSNumberKeyword:
      case AST_NODE_TYPES.TSBooleanKeyword:
        return "other";
      case AST_NODE_TYPES.TSTypeReference: {
        let head: TSESTree.EntityName = type.typeName;
        while (head.type === AST_NODE_TYPES.TSQualifiedName) head = head.left;
        if (head.type !== AST_NODE_TYPES.Identifier) return "none";
        const variable = findVariable(sourceCode.getScope(head), head);
        const definition = variable?.defs[0];
        if (!definition) return "none";
        if (definition.type === DefinitionType.ImportBinding) {
          // Imported from another package (generic-pool, a database driver): not pg's Pool, whatever its name.
          const declaration = definition.node.parent;
          const source = declaration?.type === AST_NODE_TYPES.ImportDeclaration ? packageSpecifier(declaration.source.value) : null;
          if (source === "pg" || source === "pg-pool") {
            // pg's client types (`PoolClient`, `ClientBase`, `pg.Client`) name a client, never a pool.
            const imported = definition.node.type === AST_NODE_TYPES.ImportSpecifier ? definition.node.imported : null;
            const typeName =
              type.typeName.type === AST_NODE_TYPES.TSQualifiedName
                ? type.typeName.right.name
                : imported?.type === AST_NODE_TYPES.Identifier
                  ? imported.name
                  : null;
            return typeName !== null && PG_CLIENT_TYPES.has(typeName) ? "other" : "none";
          }
          if (source === null) return "none";
          if (!source.startsWith(".")) return "other";
          // A class of the project's own (a module may also re-export pg's Pool type under another name).
          const { filename } = lintedFile();
          const file = path.isAbsolute(filename) ? resolveLocalModule(filename, source) : null;
          const imported = definition.node.type === AST_NODE_TYPES.ImportSpecifier ? definition.node.imported : head;
          const importedName = imported.type === AST_NODE_TYPES.Identifier ? imported.name : imported.value;
          return file !== null && declaresClass(file, importedName) ? "other" : "none";
        }
        if (definition.node.type === AST_NODE_TYPES.TSTypeAliasDeclaration && type.typeName === head) {
          return annotationOf(definition.node.typeAnnotation, depth + 1);
        }
        // A class declared here is the file's own, not pg's (an interface may describe pg's pool: it says nothing).
        return definition.node.type === AST_NODE_TYPES.ClassDeclaration ? "other" : "none";
      }
      default:
        return "none";
    }
  };

  const variableAnnotation = (variable: TSESLint.Scope.Variable): Annotation => {
    for (const definition of variable.defs) {
      const name = definition.name;
      if (name.type !== AST_NODE_TYPES.Identifier) continue;
      const annotation = annotationOf(name.typeAnnotation?.typeAnnotation);
      if (annotation !== "none") return annotation;
    }
    return "none";
  };

  /** The pools a local module exports, for a relative specifier; null for packages and when nothing can be read. */
  const localModule = (specifier: unknown): ModulePools | null => {
    if (typeof specifier !== "string") return null;
    const { filename, parser } = lintedFile();
    if (!path.isAbsolute(filename)) return null;
    const file = resolveLocalModule(filename, specifier);
    return file ? modulePools(file, parser) : null;
  };

  /** `import db from "./db"`, `const db = require("./db")`, `const { pool } = require("./db")`: a pool exported there. */
  const importedPool = (variable: TSESLint.Scope.Variable): boolean => {
    for (const definition of variable.defs) {
      const node = definition.node;
      if (definition.type === DefinitionType.ImportBinding) {
        if (node.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
          const reference = node.moduleReference;
          if (reference.type === AST_NODE_TYPES.TSExternalModuleReference && localModule(reference.expression.value)?.whole) return true;
          continue;
        }
        const declaration = node.parent;
        if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration) continue;
        if (node.type === AST_NODE_TYPES.ImportDefaultSpecifier && localModule(declaration.source.value)?.whole) return true;
        if (node.type === AST_NODE_TYPES.ImportSpecifier) {
          const imported = node.imported.type === AST_NODE_TYPES.Identifier ? node.imported.name : node.imported.value;
          const pools = localModule(declaration.source.value);
          if (pools && (imported === "default" ? pools.whole : pools.members.has(imported))) return true;
        }
        continue;
      }
      if (definition.type !== DefinitionType.Variable || node.type !== AST_NODE_TYPES.VariableDeclarator || !node.init) continue;
      const init = unwrapExpression(node.init);
      if (node.id === definition.name) {
        if (localModule(requiredModule(init))?.whole) return true;
        // `const pool = require("./db").pool`
        if (init.type === AST_NODE_TYPES.MemberExpression) {
          const member = memberPropertyName(init);
          if (member !== null && localModule(requiredModule(init.object))?.members.has(member)) return true;
        }
        continue;
      }
      // `const { pool } = require("./db")`, `const { pool: db } = require("./db")`
      if (node.id.type !== AST_NODE_TYPES.ObjectPattern) continue;
      const property = node.id.properties.find(
        (candidate): candidate is TSESTree.Property =>
          candidate.type === AST_NODE_TYPES.Property &&
          (candidate.value.type === AST_NODE_TYPES.AssignmentPattern ? candidate.value.left : candidate.value) === definition.name,
      );
      const key = property && !property.computed ? staticKeyName(property.key) : null;
      if (key !== null && localModule(requiredModule(init))?.members.has(key)) return true;
    }
    return false;
  };

  /** `db.pool` where `db` is a local module (`import * as db`, `import db`, `const db = require("./db")`) exporting it. */
  const memberOfLocalModule = (member: TSESTree.MemberExpression, name: string): boolean =>
    moduleNamed(member.object)?.members.has(name) === true;

  /** `db` bound to a whole local module (`import * as db`, `import db`, `const db = require("./db")`): what it exports. */
  const moduleNamed = (expression: TSESTree.Node): ModulePools | null => {
    const object = unwrapExpression(expression);
    if (object.type !== AST_NODE_TYPES.Identifier) return null;
    const variable = findVariable(sourceCode.getScope(object), object);
    const definition = variable?.defs[0];
    if (!definition) return null;
    const node = definition.node;
    let specifier: unknown = null;
    if (definition.type === DefinitionType.ImportBinding) {
      const declaration = node.parent;
      if (
        declaration?.type === AST_NODE_TYPES.ImportDeclaration &&
        (node.type === AST_NODE_TYPES.ImportNamespaceSpecifier || node.type === AST_NODE_TYPES.ImportDefaultSpecifier)
      ) {
        specifier = declaration.source.value;
      }
    } else if (node.type === AST_NODE_TYPES.VariableDeclarator && node.id === definition.name) {
      specifier = requiredModule(node.init);
    }
    return localModule(specifier);
  };

  /** `db` is a local module whose exported `connect` hands out pool clients (checkout-functions.ts). */
  const checkoutModule = (expression: TSESTree.Node): boolean => moduleNamed(expression)?.checkouts === true;

  /** `this.name` declared in the enclosing class with a type annotation: what that annotation says. */
  const classMemberAnnotation = (member: TSESTree.MemberExpression, name: string): Annotation => {
    const body = enclosingClassBody(member);
    if (!body) return "none";
    for (const element of body.body) {
      if (
        (element.type === AST_NODE_TYPES.PropertyDefinition || element.type === AST_NODE_TYPES.AccessorProperty) &&
        !element.computed &&
        staticKeyName(element.key) === name
      ) {
        return annotationOf(element.typeAnnotation?.typeAnnotation);
      }
      if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === "constructor") {
        for (const parameter of element.value.params) {
          if (parameter.type !== AST_NODE_TYPES.TSParameterProperty) continue;
          const inner = parameter.parameter.type === AST_NODE_TYPES.AssignmentPattern ? parameter.parameter.left : parameter.parameter;
          if (inner.type === AST_NODE_TYPES.Identifier && inner.name === name) return annotationOf(inner.typeAnnotation?.typeAnnotation);
        }
      }
    }
    return "none";
  };

  /** What a type annotation says the expression is; "none" for shapes that carry no annotation. */
  const annotationOfExpression = (node: TSESTree.Node): Annotation => {
    if (node.type === AST_NODE_TYPES.Identifier) {
      const variable = findVariable(sourceCode.getScope(node), node);
      return variable ? variableAnnotation(variable) : "none";
    }
    if (node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.ThisExpression) {
      const name = memberPropertyName(node);
      return name === null ? "none" : classMemberAnnotation(node, name);
    }
    return "none";
  };

  const definitionIsPool = (definition: TSESLint.Scope.Definition, depth: number): boolean => {
    const name = definition.name;
    if (name.type === AST_NODE_TYPES.Identifier && isPoolTypeNode(name.typeAnnotation?.typeAnnotation)) return true;
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
        if (isPoolTypeNode(element.typeAnnotation?.typeAnnotation)) return true;
        if (element.value && isPoolConstruction(element.value, sourceCode)) return true;
      }
      if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === "constructor") {
        for (const parameter of element.value.params) {
          if (parameter.type !== AST_NODE_TYPES.TSParameterProperty) continue;
          const inner = parameter.parameter.type === AST_NODE_TYPES.AssignmentPattern ? parameter.parameter.left : parameter.parameter;
          if (inner.type === AST_NODE_TYPES.Identifier && inner.name === name && isPoolTypeNode(inner.typeAnnotation?.typeAnnotation)) {
            return true;
          }
        }
        if (element.value.body && constructorAssignsPool(element.value.body, name)) return true;
      }
    }
    return false;
  };

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
        if (name === null) return false;
        if (node.object.type === AST_NODE_TYPES.ThisExpression) {
          const annotation = classMemberAnnotation(node, name);
          if (annotation !== "none") return annotation === "pool";
        }
        if (nameMatches(name) || (isFastifyDecorator(node, name) && !ownedDecoratorName(node, name))) return true;
        if (node.object.type === AST_NODE_TYPES.ThisExpression) return classMemberIsPool(node, name);
        return memberOfLocalModule(node, name) || assignedMemberPool(node, name, sourceCode);
      }
      case AST_NODE_TYPES.NewExpression:
        return bindingOfExpression(node.callee, sourceCode) === "pool-class";
      default:
        return false;
    }
  };

  /**
   * `(x as pg.Pool)`, `<Pool>x`, `x satisfies Pool`: what an assertion around the expression says, if any. Callers
   * often hand over the unwrapped `x`, so the wrappers are found among its parents.
   */
  const assertedType = (expression: TSESTree.Node): Annotation => {
    let current: TSESTree.Node = unwrapExpression(expression);
    for (let parent = current.parent; parent && isExpressionWrapper(parent) && parent.expression === current; parent = parent.parent) {
      current = parent;
      if (
        parent.type === AST_NODE_TYPES.TSAsExpression ||
        parent.type === AST_NODE_TYPES.TSTypeAssertion ||
        parent.type === AST_NODE_TYPES.TSSatisfiesExpression
      ) {
        const annotation = annotationOf(parent.typeAnnotation);
        if (annotation !== "none") return annotation;
      }
    }
    return "none";
  };

  const excluded = (expression: TSESTree.Node): boolean => {
    const node = unwrapExpression(expression);
    let answer = excludedNodes.get(node);
    if (answer === undefined) {
      const asserted = assertedType(expression);
      answer = asserted === "other" || (asserted === "none" && annotationOfExpression(node) === "other");
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
    const asserted = assertedType(node);
    let answer = asserted === "none" ? syntacticallyPool(node) || narrowedToPool(node) : asserted === "pool";
    if (!answer && asserted === "none" && settings.typeAware) {
      if (typedCheck === undefined) typedCheck = createTypedPoolCheck(context, settings.poolTypes);
      answer = typedCheck !== null && typedCheck(node);
    }
    byNode.set(node, answer);
    return answer;
  };
  return Object.assign(matcher, { excluded, checkoutModule });
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
