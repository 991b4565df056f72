// What a type annotation or a type assertion says an expression is: a pg pool (`pool: Pool`, `x as pg.Pool`,
// `import("pg").Pool`, a configured pool type), something else (`pool: SurrealPool`, generic-pool's `Pool<Conn>`, a
// class of the project's own, pg's client types), or nothing we can tell. One instance per linted file (pool-detection.ts).
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import { DefinitionType } from "@typescript-eslint/scope-manager";
import type { TSESTree, TSESLint } from "@typescript-eslint/utils";
import path from "node:path";
import { findVariable } from "../find-variable.js";
import { enclosingClassBody, isExpressionWrapper, memberPropertyName, packageSpecifier, staticKeyName, unwrapExpression } from "../node-shapes.js";
import { bindingOfVariable, type PgBinding } from "./pg-imports.js";
import { isPgCompatibleDriverPoolClass } from "./pg-compatible-drivers.js";
import { declaresClass, resolveLocalModule, type ModuleParser } from "./module-pools.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** What a type annotation says: a pg pool, something else, or nothing we can tell (`any`, an unresolved name). */
export type Annotation = "pool" | "other" | "none";

/** The linted file's name and parser, read from the rule context only when a module is looked up. */
export type LintedFile = () => { filename: string; parser: ModuleParser | undefined };

/** How many aliases (`const a = b`, `type A = B`) are followed before giving up. */
export const MAX_ALIAS_DEPTH = 8;
/** node-postgres's client types: an expression annotated with one holds a client, not a pool. */
const PG_CLIENT_TYPES = new Set(["Client", "ClientBase", "PoolClient"]);

export class PoolAnnotations {
  // What a type's name or qualifier is bound to in pg terms, per variable: every `db: pg.Pool` of a file names the
  // same `pg`, each parameter or field a type of its own to read. A plain Map: the instance lives as long as its file.
  private readonly bindings = new Map<TSESLint.Scope.Variable, PgBinding>();

  constructor(
    private readonly sourceCode: SourceCode,
    private readonly poolTypes: ReadonlySet<string>,
    private readonly lintedFile: LintedFile,
  ) {}

  private pgBindingOf(variable: TSESLint.Scope.Variable): PgBinding {
    let binding = this.bindings.get(variable);
    if (binding === undefined) {
      binding = bindingOfVariable(variable, this.sourceCode);
      this.bindings.set(variable, binding);
    }
    return binding;
  }

  /** `Pool`, `pg.Pool`, `import("pg").Pool`, a configured pool type name, or a union containing one. */
  isPoolTypeNode(type: TSESTree.TypeNode | undefined): boolean {
    if (!type) return false;
    switch (type.type) {
      case AST_NODE_TYPES.TSUnionType:
        return type.types.some((member) => this.isPoolTypeNode(member));
      case AST_NODE_TYPES.TSTypeReference: {
        const typeName = type.typeName;
        if (typeName.type === AST_NODE_TYPES.Identifier) {
          if (this.poolTypes.has(typeName.name)) return true;
          const variable = findVariable(this.sourceCode.getScope(typeName), typeName);
          return (
            variable !== null &&
            (this.pgBindingOf(variable) === "pool-class" || isPgCompatibleDriverPoolClass(variable))
          );
        }
        if (typeName.type === AST_NODE_TYPES.TSQualifiedName) {
          if (this.poolTypes.has(typeName.right.name)) return true;
          return typeName.right.name === "Pool" && this.qualifierIsPgModule(typeName.left);
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
  }

  private qualifierIsPgModule(left: TSESTree.EntityName): boolean {
    if (left.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = findVariable(this.sourceCode.getScope(left), left);
    return variable !== null && this.pgBindingOf(variable) === "module";
  }

  /** What a type annotation says about the value it types; aliases are followed a few levels. */
  annotationOf(type: TSESTree.TypeNode | undefined, depth = 0): Annotation {
    if (!type || depth > MAX_ALIAS_DEPTH) return "none";
    if (this.isPoolTypeNode(type)) return "pool";
    switch (type.type) {
      case AST_NODE_TYPES.TSUnionType: {
        const answers = type.types
          .filter((member) => member.type !== AST_NODE_TYPES.TSNullKeyword && member.type !== AST_NODE_TYPES.TSUndefinedKeyword)
          .map((member) => this.annotationOf(member, depth + 1));
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
        const variable = findVariable(this.sourceCode.getScope(head), head);
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
          const { filename } = this.lintedFile();
          const file = path.isAbsolute(filename) ? resolveLocalModule(filename, source) : null;
          // Another package's type; a module of the project (relative, a `paths` alias, a workspace package such as
          // `import type { DbPool } from "@acme/db"`) may name pg's Pool under another name, or declare its own class.
          if (!source.startsWith(".") && file === null) return "other";
          const imported = definition.node.type === AST_NODE_TYPES.ImportSpecifier ? definition.node.imported : head;
          const importedName = imported.type === AST_NODE_TYPES.Identifier ? imported.name : imported.value;
          return file !== null && declaresClass(file, importedName) ? "other" : "none";
        }
        if (definition.node.type === AST_NODE_TYPES.TSTypeAliasDeclaration && type.typeName === head) {
          return this.annotationOf(definition.node.typeAnnotation, depth + 1);
        }
        // A class declared here is the file's own, not pg's (an interface may describe pg's pool: it says nothing).
        return definition.node.type === AST_NODE_TYPES.ClassDeclaration ? "other" : "none";
      }
      default:
        return "none";
    }
  }

  variableAnnotation(variable: TSESLint.Scope.Variable): Annotation {
    for (const definition of variable.defs) {
      const name = definition.name;
      if (name.type !== AST_NODE_TYPES.Identifier) continue;
      const annotation = this.annotationOf(name.typeAnnotation?.typeAnnotation);
      if (annotation !== "none") return annotation;
    }
    return "none";
  }

  /** `this.name` declared in the enclosing class with a type annotation: what that annotation says. */
  classMemberAnnotation(member: TSESTree.MemberExpression, name: string): Annotation {
    return this.annotationOf(memberTypeNode(member, name) ?? undefined);
  }

  /**
   * The type an expression's declaration gives it — an identifier's variable, or `this.name` declared in the
   * enclosing class — when that is neither a pg pool type (an alias of one, a configured pool type) nor `any`: the
   * project's own interface, another library's pool. Null when there is no annotation to read.
   */
  declaredOtherType(expression: TSESTree.Node): TSESTree.TypeNode | null {
    const node = unwrapExpression(expression);
    let type: TSESTree.TypeNode | null = null;
    if (node.type === AST_NODE_TYPES.Identifier) {
      const variable = findVariable(this.sourceCode.getScope(node), node);
      const name = variable?.defs.length === 1 ? variable.defs[0]?.name : undefined;
      type = name?.type === AST_NODE_TYPES.Identifier ? (name.typeAnnotation?.typeAnnotation ?? null) : null;
    } else if (node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.ThisExpression) {
      const name = memberPropertyName(node);
      type = name === null ? null : memberTypeNode(node, name);
    }
    if (!type || type.type === AST_NODE_TYPES.TSAnyKeyword) return null;
    return this.annotationOf(type) === "pool" ? null : type;
  }

  /**
   * Whether `object.name` is typed pg's `Pool` by the annotation on `object`'s declaration: a parameter or variable
   * annotated with an object type — written in place, or an interface or type alias of this file — whose member
   * `name` is a pg pool type, required and not in a union (`options: SyncOptions` with `interface SyncOptions { pg:
   * Pool }`). Then an argument `object.name` type-checks where pg's `Pool` is taken, whatever the member is called.
   */
  memberDeclaredPool(member: TSESTree.MemberExpression): boolean {
    const name = memberPropertyName(member);
    const object = unwrapExpression(member.object);
    if (name === null || object.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = findVariable(this.sourceCode.getScope(object), object);
    const declared = variable?.defs.length === 1 ? variable.defs[0]?.name : undefined;
    if (declared?.type !== AST_NODE_TYPES.Identifier || declared.optional) return false;
    for (const element of this.objectTypeMembers(declared.typeAnnotation?.typeAnnotation, 0)) {
      if (element.type !== AST_NODE_TYPES.TSPropertySignature || element.computed || element.optional) continue;
      if (staticKeyName(element.key) !== name) continue;
      const type = element.typeAnnotation?.typeAnnotation;
      return type !== undefined && type.type !== AST_NODE_TYPES.TSUnionType && this.isPoolTypeNode(type);
    }
    return false;
  }

  /** The members an object type written in this file declares itself: a type literal, an interface, an alias of one. */
  private objectTypeMembers(type: TSESTree.TypeNode | undefined, depth: number): readonly TSESTree.TypeElement[] {
    if (!type || depth > MAX_ALIAS_DEPTH) return [];
    if (type.type === AST_NODE_TYPES.TSTypeLiteral) return type.members;
    if (type.type !== AST_NODE_TYPES.TSTypeReference || type.typeName.type !== AST_NODE_TYPES.Identifier) return [];
    const variable = findVariable(this.sourceCode.getScope(type.typeName), type.typeName);
    // Several declarations merge (an interface declared twice): their members are not all in one place.
    const node = variable?.defs.length === 1 ? variable.defs[0]?.node : undefined;
    if (node?.type === AST_NODE_TYPES.TSInterfaceDeclaration) return node.body.body;
    if (node?.type === AST_NODE_TYPES.TSTypeAliasDeclaration) return this.objectTypeMembers(node.typeAnnotation, depth + 1);
    return [];
  }

  /** What a type annotation says the expression is; "none" for shapes that carry no annotation. */
  annotationOfExpression(node: TSESTree.Node): Annotation {
    if (node.type === AST_NODE_TYPES.Identifier) {
      const variable = findVariable(this.sourceCode.getScope(node), node);
      return variable ? this.variableAnnotation(variable) : "none";
    }
    if (node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.ThisExpression) {
      const name = memberPropertyName(node);
      return name === null ? "none" : this.classMemberAnnotation(node, name);
    }
    return "none";
  }

  /**
   * `(x as pg.Pool)`, `<Pool>x`, `x satisfies Pool`: what an assertion around the expression says, if any. Callers
   * often hand over the unwrapped `x`, so the wrappers are found among its parents.
   */
  assertedType(expression: TSESTree.Node): Annotation {
    let current: TSESTree.Node = unwrapExpression(expression);
    for (let parent = current.parent; parent && isExpressionWrapper(parent) && parent.expression === current; parent = parent.parent) {
      current = parent;
      if (
        parent.type === AST_NODE_TYPES.TSAsExpression ||
        parent.type === AST_NODE_TYPES.TSTypeAssertion ||
        parent.type === AST_NODE_TYPES.TSSatisfiesExpression
      ) {
        const annotation = this.annotationOf(parent.typeAnnotation);
        if (annotation !== "none") return annotation;
      }
    }
    return "none";
  }
}

/** The annotation of the field or parameter property `name` of the class around `member`; null when it has none. */
function memberTypeNode(member: TSESTree.MemberExpression, name: string): TSESTree.TypeNode | null {
  const body = enclosingClassBody(member);
  if (!body) return null;
  for (const element of body.body) {
    if (
      (element.type === AST_NODE_TYPES.PropertyDefinition || element.type === AST_NODE_TYPES.AccessorProperty) &&
      !element.computed &&
      staticKeyName(element.key) === name
    ) {
      return element.typeAnnotation?.typeAnnotation ?? null;
    }
    if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === "constructor") {
      for (const parameter of element.value.params) {
        if (parameter.type !== AST_NODE_TYPES.TSParameterProperty) continue;
        const inner = parameter.parameter.type === AST_NODE_TYPES.AssignmentPattern ? parameter.parameter.left : parameter.parameter;
        if (inner.type === AST_NODE_TYPES.Identifier && inner.name === name) return inner.typeAnnotation?.typeAnnotation ?? null;
      }
    }
  }
  return null;
}
