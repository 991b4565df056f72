// A variable the statement right after the checkout sets to an object built without a throw point:
// `client = await this.pool.connect(); clientErrorTracker = new PgClientErrorTracker(client);`, then `finally { if
// (client && clientErrorTracker) client.release(…) }` (supabase/storage's PgPoolExecutor.query). An object is truthy and
// nothing can throw between the two statements, so the variable is set exactly when the checkout is held: a test of it
// speaks about the checkout as a test of the client does (lifetime-plan.ts, beside derived-hold-flags.ts's constants).
// Only this shape qualifies: the client and the variable both `let`/`var` of the checkout's function, declared without
// a value (or `undefined`) and assigned nowhere else; the two assignments statements of their own, one after the
// other; `new` of a class of the same file whose construction has no throw point (throw-free-classes.ts), given only
// names and literals.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";
import { isNothing, statementList, unwrapExpression } from "../node-shapes.js";
import type { Acquisition } from "./acquisition.js";
import type { HoldFlag } from "./derived-hold-flags.js";
import { localClassBuildsThrowFree } from "./throw-free-constructions.js";

type Variable = TSESLint.Scope.Variable;

export function constructedHoldFlags(acquisition: Acquisition, sourceCode: Readonly<TSESLint.SourceCode>): HoldFlag[] {
  const binding = acquisition.binding;
  const client = acquisition.client;
  if (acquisition.style !== "await" || !client || binding.type !== AST_NODE_TYPES.AssignmentExpression || !assignedOnlyBy(client, binding)) return [];
  const statement = binding.parent;
  const list = statement?.type === AST_NODE_TYPES.ExpressionStatement ? statementList(statement) : null;
  const next = list?.[list.indexOf(statement!) + 1];
  const assignment = next?.type === AST_NODE_TYPES.ExpressionStatement ? next.expression : null;
  if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== "=") return [];
  const left = assignment.left;
  const built = unwrapExpression(assignment.right);
  if (left.type !== AST_NODE_TYPES.Identifier || built.type !== AST_NODE_TYPES.NewExpression) return [];
  if (!built.arguments.every((argument) => argument.type === AST_NODE_TYPES.Identifier || argument.type === AST_NODE_TYPES.Literal)) return [];
  if (localClassBuildsThrowFree(sourceCode, built) !== true) return [];
  const variable = findVariable(sourceCode.getScope(left), left);
  if (!variable || variable === client || variable.scope.variableScope !== client.scope.variableScope || !assignedOnlyBy(variable, assignment)) return [];
  return [{ variable, heldWhenTruthy: true }];
}

/** `let x;` (or `= undefined`) declared once, and `assignment` the one write after the declaration. */
function assignedOnlyBy(variable: Variable, assignment: TSESTree.AssignmentExpression): boolean {
  const definition = variable.defs.length === 1 ? variable.defs[0] : undefined;
  const declarator = definition?.node;
  if (definition?.type !== "Variable" || definition.parent.kind === "const" || declarator?.type !== AST_NODE_TYPES.VariableDeclarator) return false;
  if (declarator.id !== definition.name || (declarator.init && !isNothing(declarator.init))) return false;
  const writes = variable.references.filter((reference) => reference.isWrite() && !reference.init);
  return writes.length === 1 && writes[0]!.identifier === assignment.left;
}
