// Why moving code into `async (c) => { … }` could change what it does (or stop it compiling). Each check answers
// with the reason shown to the user ("the body uses `yield`"), or null when the move is safe.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { enclosingFunction, isLoop } from "../ast-walk.js";
import { insideRange, methodCall, statementList, unwrapExpression } from "../node-shapes.js";
import { checkoutAwait } from "./manual-client-block.js";
import { namesPgPoolClient } from "./jsdoc-pg-client.js";

type Source = Readonly<TSESLint.SourceCode>;


/** The function the code runs in must already allow `await`, and must not be a generator. */
export function functionReason(source: Source, node: TSESTree.Node): string | null {
  const fn = enclosingFunction(node);
  if (!fn) return source.ast.sourceType === "module" ? null : "top-level `await` needs an ES module";
  if (!fn.async) return "the enclosing function is not `async`";
  if (fn.generator) return "the enclosing function is a generator";
  return null;
}

/**
 * A JSDoc `@type` on the client's declaration goes with the declaration, and the helper types the callback's client
 * as pg's `PoolClient`: in type-checked JavaScript a body written against another type — `{any}`, `{pg.PoolClient &
 * { tag?: string }}`, a project's own client type — would no longer compile (rewrite-33: `client.tag = "x"` became
 * TS2339). Only pg's own type (jsdoc-pg-client.ts; in the `let` form with `undefined` or `null` beside it), or none,
 * keeps the body's types.
 */
export function jsdocClientTypeReason(source: Source, at: TSESTree.Node, types: readonly string[], typeChecked: boolean): string | null {
  if (!typeChecked) return null;
  for (const type of types) {
    const parts = type.replace(/^\?/, "").replace(/^\((.*)\)$/, "$1").split("|").map((part) => part.trim()).filter((part) => part !== "undefined" && part !== "null");
    if (parts.length !== 1 || !namesPgPoolClient(source, at, parts[0]!)) {
      return `the client's JSDoc \`@type {${type}}\` goes with its declaration, and the callback's client would be pg's \`PoolClient\` instead`;
    }
  }
  return null;
}

/**
 * A block inside `with (o)` (sloppy code only): the added `withClient(…)` call would look the name up on `o` first, and
 * an object with such a member would be called in place of poolguard's helper (rewrite-33). The original's names
 * are looked up the same way before and after the move, so only the added name is at stake.
 */
export function withStatementReason(node: TSESTree.Node, helper: string): string | null {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.WithStatement) {
      return `the block is inside a \`with\` statement, whose object the added \`${helper}\` call would be looked up on first`;
    }
  }
  return null;
}

/** What the rules know of a pool's declared type (PoolMatcher.declaredOtherType): an annotation that is not pg's Pool. */
export type DeclaredOtherType = (pool: TSESTree.Node) => TSESTree.TypeNode | null;

/**
 * The helpers take pg's `Pool`: a pool declared with a type of the project's own (`pool: AdvisoryLockPool`, an
 * interface with just `connect()`) would not be accepted there, though it runs. A type assertion written on the pool
 * (`(db as Pool).connect()`) goes into the call with it.
 */
export function poolTypeReason(
  source: Source,
  acquisition: { pool: TSESTree.Expression; poolAsWritten: TSESTree.Expression },
  declaredOtherType: DeclaredOtherType | undefined,
): string | null {
  if (!declaredOtherType) return null;
  for (let node: TSESTree.Node = acquisition.poolAsWritten; node !== acquisition.pool; ) {
    if (
      node.type === AST_NODE_TYPES.TSAsExpression ||
      node.type === AST_NODE_TYPES.TSTypeAssertion ||
      node.type === AST_NODE_TYPES.TSSatisfiesExpression
    ) {
      return null;
    }
    if (node.type !== AST_NODE_TYPES.TSNonNullExpression) break;
    node = node.expression;
  }
  const type = declaredOtherType(acquisition.pool);
  if (!type) return null;
  return `\`${source.getText(acquisition.pool)}\` is declared as \`${source.getText(type)}\`, and the helper takes pg's \`Pool\``;
}

/**
 * A `using`/`await using` declaration is disposed when its block ends. Moved into the callback, it is disposed when
 * the callback returns: the same moment only when everything after it in its block moves too and nothing the
 * rewrite cuts out (a `release()`, BEGIN/COMMIT, which withClient/withTransaction do after the callback) follows it
 * there. Otherwise the disposal would come earlier, or before the release or COMMIT it used to follow.
 */
export function disposalReason(
  disposals: readonly TSESTree.VariableDeclaration[],
  moved: readonly [number, number],
  removed: readonly { range: [number, number] }[],
): string | null {
  for (const declaration of disposals) {
    const list = statementList(declaration);
    if (!list) return usingReason(declaration);
    const later = list.slice(list.indexOf(declaration) + 1);
    const end = later.at(-1)?.range[1] ?? declaration.range[1];
    const movesWhole = later.every((statement) => insideRange(statement, moved));
    const cutAfter = removed.some((piece) => piece.range[0] >= declaration.range[1] && piece.range[1] <= end);
    if (!movesWhole || cutAfter) return usingReason(declaration);
  }
  return null;
}

function usingReason(declaration: TSESTree.VariableDeclaration): string {
  const first = declaration.declarations[0]?.id;
  const name = first?.type === AST_NODE_TYPES.Identifier ? ` ${first.name}` : "";
  return `\`${declaration.kind}${name}\` would be disposed when the callback returns, not where its block ends`;
}

/** Values the callback hands back to the code after it (see flowOutText). */
export interface FlowOut {
  /** `const`/`let` bindings declared at the top level of the moved code and used after it. */
  declared: TSESLint.Scope.Variable[];
  /** Variables declared before the block, assigned in it and read after it. */
  assigned: TSESLint.Scope.Variable[];
}

export type BindingAnswer = { reason: string } | { reason: null; flowOut: FlowOut };

/**
 * Names whose meaning the move would break, or the values that must flow out of the callback: the client reassigned
 * or used after the block is a reason; a `const`/`let` declared at the top level of the moved code (`topLevel`) and
 * used after it flows out as the callback's result, and so does an outer variable assigned in the body and read
 * after it when its type is declared or the file is not type-checked (TypeScript does not follow assignments made
 * inside a closure: assigning the result after the call makes the value, and its type, visible again).
 */
export function bindingReason(
  source: Source,
  acquisition: { id: TSESTree.Identifier; statement: TSESTree.Node },
  movedRange: [number, number],
  replacedRange: [number, number],
  topLevel: readonly TSESTree.Node[],
  typeChecked: boolean,
): BindingAnswer {
  const { id: client, statement } = acquisition;
  const fail = (reason: string): BindingAnswer => ({ reason });
  const clientVariable = source.getDeclaredVariables(client.parent).find((variable) => variable.name === client.name);
  if (clientVariable) {
    for (const reference of clientVariable.references) {
      if (reference.init) continue;
      // The `let` form's `c = await P.connect()` is the checkout itself.
      const acquiring = insideRange(reference.identifier, statement.range) && reference.identifier.range[0] === statement.range[0];
      if (reference.isWrite() && !acquiring) return fail(`the client variable \`${client.name}\` is reassigned`);
      if (!insideRange(reference.identifier, replacedRange)) return fail(`\`${client.name}\` is used after the block`);
    }
  }

  const flowOut: FlowOut = { declared: [], assigned: [] };
  const fnScope = source.getScope(statement).variableScope;
  for (const variable of variablesTouching(source, statement, movedRange)) {
    if (variable === clientVariable) continue;
    const declaredInside = variable.defs.some((def) => insideRange(def.name, movedRange));
    if (declaredInside) {
      const usedAfter = variable.references.filter((reference) => !insideRange(reference.identifier, replacedRange));
      if (usedAfter.length === 0) continue;
      const def = variable.defs[0];
      const declaration = def?.type === "Variable" ? def.parent : null;
      const flows =
        variable.defs.length === 1 &&
        declaration !== null &&
        declaration.kind !== "var" &&
        topLevel.includes(declaration) &&
        usedAfter.every((reference) => reference.identifier.range[0] >= replacedRange[1]);
      if (!flows) return fail(`\`${variable.name}\` is declared in the body and used after it`);
      // Another checkout inside: handing that client out of the callback would split its lifetime across two owners.
      if (isCheckout((def as TSESLint.Scope.Definition & { node: TSESTree.VariableDeclarator }).node.init)) {
        return fail(`\`${variable.name}\`, a client checked out while this one is held, is used after the release`);
      }
      flowOut.declared.push(variable);
      continue;
    }
    if (variable.defs.length === 0) continue;
    if (losesNarrowing(variable, statement, movedRange, replacedRange)) {
      return fail(
        `\`${variable.name}\` is reassigned after the block or in its loop (TypeScript would drop its narrowing inside the callback)`,
      );
    }
    const assignedInBody = variable.references.some(
      (reference) => reference.isWrite() && !reference.init && insideRange(reference.identifier, movedRange),
    );
    if (!assignedInBody) continue;
    const readAfter = variable.references.some(
      (reference) =>
        reference.isRead() &&
        reference.identifier.range[0] >= replacedRange[1] &&
        reference.from.variableScope === fnScope,
    );
    if (!readAfter) continue;
    // A variable of an outer scope (the module's counter, the caller's tally shared by concurrent callbacks) may be
    // assigned by another call while the helper releases the client or commits: assigned back from this callback's
    // result, it would lose that write. Plain JavaScript needs no assignment back (the callback wrote the variable
    // itself); a type-checked file needs it to keep the value's type visible, and gets no rewrite.
    if (variable.scope.variableScope !== fnScope) {
      if (!typeChecked) continue;
      return fail(
        `the body assigns \`${variable.name}\` of an outer scope, read after the block: assigned back from the callback's result, it would undo what another call wrote meanwhile`,
      );
    }
    if (typeChecked && !hasCarriedType(variable)) {
      return fail(`the body assigns \`${variable.name}\`, which is read after the block and has no declared type to carry it out`);
    }
    flowOut.assigned.push(variable);
  }
  return { reason: null, flowOut };
}

/** `await X.connect()` (through wrappers): a client checkout. */
function isCheckout(init: TSESTree.Expression | null): boolean {
  const awaited = checkoutAwait(init);
  if (!awaited) return false;
  const call = unwrapExpression(awaited.argument);
  return call.type === AST_NODE_TYPES.CallExpression && methodCall(call)?.name === "connect";
}

/**
 * Whether a variable's declared type survives being read back from the callback (`x = await withClient(…, () => {
 * …; return x; })`): an annotation or an initializer that gives it one. `let x;` and `let rows = []` evolve their
 * type as they are assigned, which TypeScript cannot follow into a closure.
 */
function hasCarriedType(variable: TSESLint.Scope.Variable): boolean {
  const def = variable.defs[0];
  if (variable.defs.length !== 1 || !def) return false;
  if (def.type === "Parameter") return true;
  if (def.type !== "Variable") return false;
  const declarator = def.node as TSESTree.VariableDeclarator;
  if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.id.typeAnnotation) return true;
  const init = declarator.init;
  if (!init) return false;
  if (init.type === AST_NODE_TYPES.Literal) return init.value !== null;
  if (init.type === AST_NODE_TYPES.Identifier) return init.name !== "undefined";
  if (init.type === AST_NODE_TYPES.ArrayExpression) return init.elements.length > 0;
  return true;
}

/**
 * `variables` in the scope manager's order (its scopes in order, each scope's variables in order), the order the
 * checks below visit them in. Only the variables sorted are placed — each by its scope's index and its index there
 * — rather than numbering every variable of the file; a variable missing from its scope's list (none is) falls back
 * to numbering them all.
 */
function inScopeManagerOrder(source: Source, variables: readonly TSESLint.Scope.Variable[]): TSESLint.Scope.Variable[] {
  const scopes = source.scopeManager?.scopes ?? [];
  const scopeIndex = new Map<TSESLint.Scope.Scope, number>();
  const placed: Array<{ variable: TSESLint.Scope.Variable; scope: number; position: number }> = [];
  for (const variable of variables) {
    let scope = scopeIndex.get(variable.scope);
    if (scope === undefined) {
      scope = scopes.indexOf(variable.scope);
      scopeIndex.set(variable.scope, scope);
    }
    const position = (variable.scope.variables as readonly unknown[]).indexOf(variable);
    if (scope < 0 || position < 0) return inFileOrder(source, variables);
    placed.push({ variable, scope, position });
  }
  return placed.sort((a, b) => a.scope - b.scope || a.position - b.position).map((entry) => entry.variable);
}

/** The fallback: every variable of the file numbered in scopeManager order. */
function inFileOrder(source: Source, variables: readonly TSESLint.Scope.Variable[]): TSESLint.Scope.Variable[] {
  const order = new Map<TSESLint.Scope.Variable, number>();
  for (const scope of source.scopeManager?.scopes ?? []) for (const variable of scope.variables) order.set(variable, order.size);
  return [...variables].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

/**
 * The variables declared or referenced inside `movedRange` (plus those of the enclosing function scope, where a
 * `var` in the body is hoisted to), in the file's scope order: every other variable passes bindingReason's checks.
 */
function variablesTouching(
  source: Source,
  at: TSESTree.Node,
  movedRange: [number, number],
): TSESLint.Scope.Variable[] {
  const start = source.getScope(at);
  const found = new Set<TSESLint.Scope.Variable>(start.variableScope.variables);
  const pending: TSESLint.Scope.Scope[] = [start];
  for (let scope = pending.pop(); scope; scope = pending.pop()) {
    for (const variable of scope.variables) found.add(variable);
    for (const reference of scope.references) {
      if (reference.resolved && insideRange(reference.identifier, movedRange)) found.add(reference.resolved);
    }
    for (const child of scope.childScopes) {
      if (child.block.range[1] > movedRange[0] && child.block.range[0] < movedRange[1]) pending.push(child);
    }
  }
  return inScopeManagerOrder(source, [...found]);
}

/** A binding whose type a check before the block may have narrowed: not `const`, and not plainly one type. */
function mayBeNarrowed(variable: TSESLint.Scope.Variable): boolean {
  const def = variable.defs[0];
  if (!def) return false;
  let annotation: TSESTree.TypeNode | undefined;
  let optional = false;
  if (def.type === "Parameter") {
    const name = def.name as TSESTree.Identifier;
    annotation = name.typeAnnotation?.typeAnnotation;
    optional = name.optional === true;
  } else if (def.type === "Variable") {
    const declarator = def.node as TSESTree.VariableDeclarator;
    if ((def.parent as TSESTree.VariableDeclaration | null)?.kind === "const") return false;
    annotation = declarator.id.type === AST_NODE_TYPES.Identifier ? declarator.id.typeAnnotation?.typeAnnotation : undefined;
    const init = declarator.init;
    // `let offset = 0` is a plain number: nothing to narrow.
    if (!annotation && init?.type === AST_NODE_TYPES.Literal && init.value !== null) return false;
  } else {
    return false;
  }
  if (optional) return true;
  if (!annotation) return true;
  return (
    annotation.type === AST_NODE_TYPES.TSUnionType ||
    annotation.type === AST_NODE_TYPES.TSUnknownKeyword ||
    annotation.type === AST_NODE_TYPES.TSAnyKeyword
  );
}

function loopAround(node: TSESTree.Node, stopAt: TSESTree.Node | null): TSESTree.Node | null {
  for (let current = node.parent; current && current !== stopAt; current = current.parent) {
    if (isLoop(current)) return current;
  }
  return null;
}

/**
 * TypeScript keeps a narrowing inside a closure only when the variable is not assigned after the closure is made
 * (a loop makes every assignment in it "after"). A binding read in the body and assigned that way would lose it.
 */
function losesNarrowing(
  variable: TSESLint.Scope.Variable,
  at: TSESTree.Node,
  movedRange: [number, number],
  replacedRange: [number, number],
): boolean {
  const readInBody = variable.references.some((reference) => reference.isRead() && insideRange(reference.identifier, movedRange));
  if (!readInBody || !mayBeNarrowed(variable)) return false;
  const loop = loopAround(at, enclosingFunction(at));
  return variable.references.some(
    (reference) =>
      reference.isWrite() &&
      !reference.init &&
      !insideRange(reference.identifier, movedRange) &&
      (reference.identifier.range[0] >= replacedRange[0] || (loop !== null && insideRange(reference.identifier, loop.range))),
  );
}
