// Which expressions are node-postgres pools. Every rule asks this for each `.connect()` / `.query()` object, so the
// answer is memoised per file and per node, cheap syntactic evidence comes first, and the checker is asked last.
import { AST_NODE_TYPES, ASTUtils, TSESLint, type TSESTree } from "@typescript-eslint/utils";
import { FileMemo } from "../file-memo.js";
import { bindingOfExpression, bindingOfVariable, isPoolConstruction } from "./pg-imports.js";
import { enclosingClassBody, memberPropertyName, unwrapExpression } from "../node-shapes.js";
import { readPoolSettings, type PoolSettings } from "./pool-settings.js";
import { createTypedPoolCheck } from "./pool-types.js";

type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type SourceCode = Readonly<TSESLint.SourceCode>;
type PoolMatcher = (expression: TSESTree.Node) => boolean;

/**
 * One matcher per linted file, shared by every rule that lints it (and held no longer: see FileMemo). The settings
 * object is part of the key: a SourceCode object handed to `Linter#verify` again may come with other settings.
 */
const matchers = new FileMemo<{ settings: unknown; matcher: PoolMatcher }>();
const MAX_ALIAS_DEPTH = 8;

/** Returns a predicate telling whether an expression (the object of `.connect()` / `.query()`) is a pg pool. */
export function createPoolMatcher(context: RuleContext): PoolMatcher {
  const sourceCode = context.sourceCode;
  const existing = matchers.get(sourceCode);
  if (existing && existing.settings === context.settings) return existing.matcher;
  const matcher = buildMatcher(context, sourceCode, readPoolSettings(context));
  matchers.set(sourceCode, { settings: context.settings, matcher });
  return matcher;
}

function buildMatcher(context: RuleContext, sourceCode: SourceCode, settings: PoolSettings): PoolMatcher {
  const byNode = new WeakMap<TSESTree.Node, boolean>();
  const byVariable = new Map<TSESLint.Scope.Variable, boolean>();
  let typedCheck: PoolMatcher | null | undefined; // undefined: not asked yet

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
          const variable = ASTUtils.findVariable(sourceCode.getScope(typeName), typeName);
          return variable !== null && bindingOfVariable(variable, sourceCode) === "pool-class";
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
    const variable = ASTUtils.findVariable(sourceCode.getScope(left), left);
    return variable !== null && bindingOfVariable(variable, sourceCode) === "module";
  };

  /** Definition-based evidence: `= new Pool()`, `: Pool`, an alias of a pool, an assignment of a new Pool. */
  const variableIsPool = (variable: TSESLint.Scope.Variable, depth: number): boolean => {
    const known = byVariable.get(variable);
    if (known !== undefined) return known;
    byVariable.set(variable, false); // cycles (`a = b; b = a`) end here
    let answer = nameMatches(variable.name);
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

  const definitionIsPool = (definition: TSESLint.Scope.Definition, depth: number): boolean => {
    const name = definition.name;
    if (name.type === AST_NODE_TYPES.Identifier && isPoolTypeNode(name.typeAnnotation?.typeAnnotation)) return true;
    if (definition.type === TSESLint.Scope.DefinitionType.Variable) {
      const declarator = definition.node;
      if (declarator.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id !== name || !declarator.init) return false;
      if (isPoolConstruction(declarator.init, sourceCode)) return true;
      const init = unwrapExpression(declarator.init);
      if (init.type === AST_NODE_TYPES.Identifier && depth < MAX_ALIAS_DEPTH) {
        const aliased = ASTUtils.findVariable(sourceCode.getScope(init), init);
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
        keyName(element.key) === name
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
        if (nameMatches(node.name)) return true;
        const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
        return variable !== null && variable !== undefined && variableIsPool(variable, 0);
      }
      case AST_NODE_TYPES.MemberExpression: {
        const name = memberPropertyName(node);
        if (name === null) return false;
        if (nameMatches(name)) return true;
        return node.object.type === AST_NODE_TYPES.ThisExpression && classMemberIsPool(node, name);
      }
      case AST_NODE_TYPES.NewExpression:
        return bindingOfExpression(node.callee, sourceCode) === "pool-class";
      default:
        return false;
    }
  };

  return (expression) => {
    const node = unwrapExpression(expression);
    const known = byNode.get(node);
    if (known !== undefined) return known;
    let answer = syntacticallyPool(node);
    if (!answer && settings.typeAware) {
      if (typedCheck === undefined) typedCheck = createTypedPoolCheck(context, settings.poolTypes);
      answer = typedCheck !== null && typedCheck(node);
    }
    byNode.set(node, answer);
    return answer;
  };
}

function keyName(key: TSESTree.Node): string | null {
  if (key.type === AST_NODE_TYPES.Identifier || key.type === AST_NODE_TYPES.PrivateIdentifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal && typeof key.value === "string") return key.value;
  return null;
}
