// A checkout through a helper IMPORTED from a local module, whatever its name: `import getClient from "./db"; const
// client = await getClient()`, `const { getConnection } = require("../db")`, `db.getClient()` on a whole module. The
// module says whether the function is one: every value it returns is a pool checkout (`return pool.connect()`, or
// `const client = await pool.connect(); … return client`; pools/checkout-functions.ts), read once per version of the
// module in module-pools.ts's bounded cache. Reading a module costs, so it is read only for an awaited call of an
// imported relative binding whose result the file uses as a client (`.query(…)` or `.release(…)` on it, or handed to
// a local module's function that releases it, VitaliiHordiichuk/autohub's `releaseRunLock(runLockDb)`, or queries
// it, kkumarcodes/Shopmost's `startTransaction(connection)`); a file with
// no relative import costs a look at its top-level statements, one with some a scan of its text for `await` and
// `query`, `release`, `commit` or `rollback` and, only when it says them, a look at the imports' references; one that
// says `await` but none of those words a look at the imports' references for a result handed back to its own module.
// Such a checkout is reported like the file's own helper's (helper-checkouts.ts): `throughHelper`, no withClient
// rewrite, since withClient takes a pool and the file has none.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { memberPropertyName, parentSkippingWrappers, requiredModule, unwrapExpression } from "../node-shapes.js";
import { isProjectModule, isRelative, resolveLocalModule, type ModuleParser } from "../pools/module-pools.js";
import type { Acquisition } from "./acquisition.js";
import { awaitedTarget } from "./awaited-target.js";
import { awaitedHelperCheckout } from "./helper-checkouts.js";
import { importedArgument, importedFunction } from "./imported-functions.js";
import { requiredMember } from "./inherited-hand-over.js";
import { saysName } from "../text-search.js";
import { findVariable } from "../find-variable.js";
import { usedAsClient } from "./client-use.js";
import { carriedCheckout, carriedMemberCheckout } from "./carried-checkouts.js";

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/**
 * The file imports or requires a module of the project at its top level (`from "./db"`, `= require("../db")`, a
 * tsconfig alias or workspace package: isProjectModule): read off the program's statements, which costs less than a
 * search of the whole text. A relative specifier answers at once; a bare one (`pg`, `express`, `@/db`) costs a
 * lookup of the project's aliases and workspace packages, made only when `worthResolving` says the answer can matter
 * (the caller's test of the text: false gives false, as if no bare specifier named a project module).
 */
export function importsLocalModule(sourceCode: SourceCode, filename: string, worthResolving: () => boolean = () => true): boolean {
  const bare: string[] = [];
  for (const statement of sourceCode.ast.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      if (isRelative(statement.source.value)) return true;
      bare.push(statement.source.value);
    } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) {
        const specifier = requiredSpecifier(declarator.init);
        if (specifier === null) continue;
        if (isRelative(specifier)) return true;
        bare.push(specifier);
      }
    } else if (statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration && statement.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference) {
      // `import db = require("./db")`
      const specifier = statement.moduleReference.expression.value;
      if (isRelative(specifier)) return true;
      bare.push(specifier);
    }
  }
  if (bare.length === 0 || !worthResolving()) return false;
  for (const specifier of bare) if (resolveLocalModule(filename, specifier) !== null) return true;
  return false;
}

/**
 * `require("./db")`, possibly under a member (`require("./db").pool`): its specifier, read off the node before
 * requiredModule's fuller reading of specifiers, which this test on every top-level declaration of every file does
 * not need.
 */
function requiredSpecifier(init: TSESTree.Expression | null): string | null {
  let node = init;
  while (node?.type === AST_NODE_TYPES.MemberExpression) node = node.object;
  if (node?.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== "require") return null;
  const [argument] = node.arguments;
  return argument?.type === AST_NODE_TYPES.Literal && typeof argument.value === "string" ? argument.value : null;
}

/**
 * Whether a file that imports a relative module (importsLocalModule) and says `await` may hold a checkout of one of
 * its helpers or classes (this file's importedHelperCheckouts, class-checkouts.ts's importedClassCheckouts). Such a
 * checkout is awaited and its result queried or released (usedAsClient), so a file whose text says neither `query` as
 * a whole name, nor `release` in any word (`releaseRunLock(db)`, a local module's function that gives the client
 * back), nor `commit` or `rollback` in any case (`transaction.commit(client)`, `rollbackTransaction(client)`: a
 * project's transaction helpers that release the client they are given, giorgosph/givy-backend's controllers), has
 * none, unless it gives the result back through the same module (handsResultBackToItsModule): most files that import a
 * sibling module (all 59 such files of the bench corpus's node_modules sample) leave after a scan or two of the text,
 * before any reading of their imports' bindings and references.
 */
export function saysClientWork(text: string): boolean {
  return saysName(text, "query") || text.includes("release") || TRANSACTION_HELPER.test(text);
}

const TRANSACTION_HELPER = /commit|rollback/i;

/**
 * A file that says none of saysClientWork's words but `await` may still hold a checkout it gives back only
 * through the same module (`const client = await transaction.start(); … await transaction.end(client)`, giorgosph/
 * givy-backend's getUserDetails): an awaited call through a binding of a relative module whose result, kept in a
 * variable, is an argument of a call through a binding of that same module. Read off the bindings' references, no
 * module read; the module then says whether the first call is a checkout and the second gives it back.
 */
export function handsResultBackToItsModule(sourceCode: SourceCode, filename: string): boolean {
  const sourceOf = new Map<TSESTree.Node, string>();
  const bindings = relativeBindings(sourceCode, filename);
  for (const variable of bindings) {
    const source = bindingSource(variable);
    if (source === null) continue;
    for (const reference of variable.references) sourceOf.set(reference.identifier, source);
  }
  for (const [identifier, source] of sourceOf) {
    const call = calledThrough(identifier as TSESTree.Identifier);
    const awaited = call ? parentSkippingWrappers(call) : undefined;
    if (awaited?.type !== AST_NODE_TYPES.AwaitExpression) continue;
    const result = resultVariable(sourceCode, awaited);
    if (result?.references.some((reference) => calleeRoot(reference.identifier, sourceOf) === source)) return true;
  }
  return false;
}

/** The relative module a top-level binding comes from (`import { t } from "./db"`, `const t = require("./db").t`). */
function bindingSource(variable: Variable): string | null {
  const definition = variable.defs[0];
  if (definition?.type === "ImportBinding") {
    const declaration = definition.node.parent;
    return declaration?.type === AST_NODE_TYPES.ImportDeclaration ? declaration.source.value : null;
  }
  if (definition?.type !== "Variable") return null;
  const init = definition.node.init;
  return requiredModule(init) ?? requiredMember(init)?.source ?? null;
}

/** `const x = await …` / `x = await …`: the variable the awaited value is kept in. */
function resultVariable(sourceCode: SourceCode, awaited: TSESTree.AwaitExpression): Variable | null {
  const holder = parentSkippingWrappers(awaited);
  if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.id.type === AST_NODE_TYPES.Identifier) {
    return sourceCode.getDeclaredVariables(holder).find((variable) => variable.identifiers.includes(holder.id as TSESTree.Identifier)) ?? null;
  }
  if (holder?.type !== AST_NODE_TYPES.AssignmentExpression || holder.left.type !== AST_NODE_TYPES.Identifier) return null;
  return findVariable(sourceCode.getScope(holder.left), holder.left) ?? null;
}

/** For an argument `identifier` of a call through a relative binding (`t.end(x)`, `end(x)`), that binding's module. */
function calleeRoot(identifier: TSESTree.Node, sourceOf: ReadonlyMap<TSESTree.Node, string>): string | undefined {
  let argument: TSESTree.Node = identifier;
  while (argument.parent && unwrapExpression(argument.parent) === identifier) argument = argument.parent;
  const call = argument.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(argument as TSESTree.CallExpressionArgument)) return undefined;
  let callee = unwrapExpression(call.callee);
  while (callee.type === AST_NODE_TYPES.MemberExpression) callee = unwrapExpression(callee.object);
  return sourceOf.get(callee);
}

/** The awaited calls of imported helpers of local modules that check a client out, each as a checkout. */
export function importedHelperCheckouts(sourceCode: SourceCode, filename: string, parser: ModuleParser | undefined): Acquisition[] {
  // Asked only where saysClientWork or handsResultBackToItsModule says the file may hold one (lifetime.ts).
  const found: Acquisition[] = [];
  // Given to a local module's function that releases, stores or queries that parameter.
  const handedOver = (identifier: TSESTree.Identifier) => {
    const argument = importedArgument(identifier, sourceCode, filename, parser);
    return argument !== null && (argument.callee.releases.has(argument.index) || argument.callee.queries.has(argument.index));
  };
  for (const variable of relativeBindings(sourceCode, filename)) {
    for (const reference of variable.references) {
      const call = calledThrough(reference.identifier as TSESTree.Identifier);
      const awaited = call ? parentSkippingWrappers(call) : undefined;
      if (!call || awaited?.type !== AST_NODE_TYPES.AwaitExpression) continue;
      const where = awaitedTarget(sourceCode, awaited);
      if (where.target === "unknown") {
        // `const { storage, connection } = await getAdapter()`: a checkout carried in the object (carried-checkouts.ts).
        const carried = carriedCheckout(call, awaited, sourceCode, () => importedFunction(call, sourceCode, filename, parser));
        if (carried) found.push(carried);
        continue;
      }
      if (where.target !== "variable" || !where.client) continue;
      if (!usedAsClient(where.client, sourceCode, handedOver)) {
        // `const session = await getSession(); … session.client.release()`: the object carries it (carried-checkouts.ts).
        const carried = carriedMemberCheckout(call, where, () => importedFunction(call, sourceCode, filename, parser));
        if (carried) found.push(carried);
        continue;
      }
      if (importedFunction(call, sourceCode, filename, parser)?.checkout !== true) continue;
      found.push(awaitedHelperCheckout(call, call.callee, where));
    }
  }
  return found;
}

/**
 * An imported checkout helper called as a statement of its own (`connectToDB();`, or `await connectToDB();`: its
 * client dropped, held by nobody, as a bare `pool.connect();` is; vadimpavlovskiy/TS_FULL_NoteApp's start-up), each
 * as a checkout whose target is "discarded". Most files call imported functions as statements, so the module is read
 * only for a callee whose name says it connects or hands out a client (`connectToDB`, `db.getClient`, `dbConnect`):
 * the shape of its module still decides.
 */
export function droppedImportedCheckouts(sourceCode: SourceCode, filename: string, parser: ModuleParser | undefined): Acquisition[] {
  const found: Acquisition[] = [];
  for (const variable of relativeBindings(sourceCode, filename)) {
    for (const reference of variable.references) {
      const call = calledThrough(reference.identifier as TSESTree.Identifier);
      if (!call || !DROPPED_CALLEE.test(calleeName(call))) continue;
      let statement = parentSkippingWrappers(call);
      if (statement?.type === AST_NODE_TYPES.AwaitExpression) statement = parentSkippingWrappers(statement);
      if (statement?.type !== AST_NODE_TYPES.ExpressionStatement) continue;
      if (importedFunction(call, sourceCode, filename, parser)?.checkout !== true) continue;
      found.push(awaitedHelperCheckout(call, call.callee, { target: "discarded", client: null, binding: call }));
    }
  }
  return found;
}

/** A callee name that may check out: `connect`, `connectToDB`, `getClient`, `acquireConnection`, `dbConn`. */
const DROPPED_CALLEE = /conn|client/i;

function calleeName(call: TSESTree.CallExpression): string {
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  return callee.type === AST_NODE_TYPES.MemberExpression ? (memberPropertyName(callee) ?? "") : "";
}

/** The variables the file's top level binds to relative modules: `import … from "./db"`, `… = require("../db")`. */
export function relativeBindings(sourceCode: SourceCode, filename: string): readonly Variable[] {
  // Read by the helper search and again by class-checkouts.ts: once per program.
  const known = bindingsByProgram.get(sourceCode.ast);
  if (known) return known;
  const bindings = sourceCode.ast.body.flatMap((statement) => relativeSource(statement, filename).flatMap((node) => sourceCode.getDeclaredVariables(node)));
  bindingsByProgram.set(sourceCode.ast, bindings);
  return bindings;
}

const bindingsByProgram = new WeakMap<TSESTree.Program, readonly Variable[]>();

/** The import declaration, or the declarators, of `statement` that bind a relative module (`import db = require("./db")` too). */
function relativeSource(statement: TSESTree.ProgramStatement, filename: string): TSESTree.Node[] {
  if (statement.type === AST_NODE_TYPES.ImportDeclaration) return isProjectModule(filename, statement.source.value) ? [statement] : [];
  if (statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
    const reference = statement.moduleReference;
    const source = reference.type === AST_NODE_TYPES.TSExternalModuleReference ? reference.expression.value : null;
    return source !== null && statement.importKind !== "type" && isProjectModule(filename, source) ? [statement] : [];
  }
  if (statement.type !== AST_NODE_TYPES.VariableDeclaration) return [];
  return statement.declarations.filter((declarator) => {
    // `require("./db")`, or one of its exports: `const getClient = require("./db").getClient`.
    const source = requiredModule(declarator.init) ?? requiredMember(declarator.init)?.source ?? null;
    return source !== null && isProjectModule(filename, source);
  });
}

/**
 * The call `identifier` makes: `getClient()` with it as the callee, or `db.getClient()` with it as the object
 * (`db.connect()` is a checkout module's own reading, pools/checkout-functions.ts, not this one's).
 */
export function calledThrough(identifier: TSESTree.Identifier): TSESTree.CallExpression | null {
  const parent = parentSkippingWrappers(identifier);
  if (parent?.type === AST_NODE_TYPES.CallExpression) return unwrapExpression(parent.callee) === identifier ? parent : null;
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(parent.object) !== identifier) return null;
  // `db.query(…)` on a module is the commonest call there and never a checkout.
  const name = memberPropertyName(parent);
  if (name === "connect" || name === "query") return null;
  const call = parentSkippingWrappers(parent);
  return call?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(call.callee) === parent ? call : null;
}
