// `global.connection = pool` in a helper, then `return global.connection.connect()`: a property of Node's global object
// (`global`, `globalThis`) that the file itself sets to a pg pool — a Portuguese tutorial's cached pool, copied into
// many course projects. A property is no variable, so scope analysis says nothing about it; only the file's own writes
// do. The property is taken for a pool when the file assigns it at least once, every assignment (`=`) gives it a pool,
// and it is written no other way (`??=`, `+=`, a destructuring target, `delete`). Another module may put something else
// there; as with a pool's name, the file's evidence is all there is. `global.connection = await pool.connect()` (the
// checkout itself kept as the process's one client) gives a client, not a pool, so such a file's property stays unread.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { walk } from "../ast-walk.js";
import { findVariable } from "../find-variable.js";
import { memberPropertyName, parentSkippingWrappers, unwrapExpression } from "../node-shapes.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

const GLOBAL_OBJECTS = new Set(["global", "globalThis"]);

/** What the file does to one property of the global object: the values it assigns, and whether it writes it otherwise. */
interface PropertyWrites {
  values: TSESTree.Expression[];
  otherWrite: boolean;
}

/** `global` or `globalThis` naming Node's global object, not a variable of the file that shadows it. */
function isGlobalObject(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const object = unwrapExpression(node);
  if (object.type !== AST_NODE_TYPES.Identifier || !GLOBAL_OBJECTS.has(object.name)) return false;
  const variable = findVariable(sourceCode.getScope(object), object);
  return !variable || variable.defs.length === 0;
}

/** Whether `member` (whose property is being written or read) is written other than as the left of a plain `=`. */
function writeKind(member: TSESTree.MemberExpression): "assigned" | "other" | "read" {
  const parent = parentSkippingWrappers(member);
  if (!parent) return "read";
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && unwrapExpression(parent.left) === member) {
    return parent.operator === "=" ? "assigned" : "other";
  }
  if (parent.type === AST_NODE_TYPES.UpdateExpression) return "other";
  if (parent.type === AST_NODE_TYPES.UnaryExpression && parent.operator === "delete") return "other";
  // `[global.x] = …`, `({ a: global.x } = …)`, `for (global.x of …)`: a target the analysis does not follow.
  if (
    parent.type === AST_NODE_TYPES.ArrayPattern ||
    parent.type === AST_NODE_TYPES.AssignmentPattern ||
    parent.type === AST_NODE_TYPES.RestElement ||
    (parent.type === AST_NODE_TYPES.Property && parent.value === member && parent.parent?.type === AST_NODE_TYPES.ObjectPattern) ||
    ((parent.type === AST_NODE_TYPES.ForOfStatement || parent.type === AST_NODE_TYPES.ForInStatement) && parent.left === member)
  ) {
    return "other";
  }
  return "read";
}

/** The properties of the global object one file writes, read once per file on the first question. */
export class GlobalObjectPools {
  private writes: Map<string, PropertyWrites> | undefined;
  private readonly asking = new Set<string>();

  constructor(private readonly sourceCode: SourceCode) {}

  /**
   * `global.name` / `globalThis.name` when the file assigns that property only pools. `isPool` judges each assigned
   * value (the matcher itself: `new Pool(…)`, a variable holding one); a value that leads back to the same property
   * (`global.pool = global.pool`) counts as no pool.
   */
  isPool(member: TSESTree.MemberExpression, isPool: (value: TSESTree.Expression) => boolean): boolean {
    const name = memberPropertyName(member);
    if (name === null || !isGlobalObject(member.object, this.sourceCode)) return false;
    const writes = this.propertyWrites().get(name);
    if (!writes || writes.otherWrite || this.asking.has(name)) return false;
    this.asking.add(name);
    try {
      return writes.values.every((value) => isPool(value));
    } finally {
      this.asking.delete(name);
    }
  }

  private propertyWrites(): Map<string, PropertyWrites> {
    if (this.writes) return this.writes;
    const writes = new Map<string, PropertyWrites>();
    // Most files never name the global object: the text says so before any walk.
    const text = this.sourceCode.text;
    if (text.includes("global.") || text.includes("globalThis.")) {
      walk(this.sourceCode.ast, this.sourceCode.visitorKeys, (node) => {
        if (node.type !== AST_NODE_TYPES.MemberExpression) return;
        const name = memberPropertyName(node);
        if (name === null || !isGlobalObject(node.object, this.sourceCode)) return;
        const kind = writeKind(node);
        if (kind === "read") return;
        const entry = writes.get(name) ?? { values: [], otherWrite: false };
        if (kind === "other") entry.otherWrite = true;
        else entry.values.push((parentSkippingWrappers(node) as TSESTree.AssignmentExpression).right);
        writes.set(name, entry);
      });
    }
    this.writes = writes;
    return writes;
  }
}
