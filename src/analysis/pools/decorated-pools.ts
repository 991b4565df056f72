// `fastify.decorate("db", pool)`, then `fastify.db.connect()` or `request.server.db.connect()`: Fastify's `decorate`
// puts the value on the instance under that name, so a property of that name read in the same file is the pool,
// whatever the name — when every `decorate` call of the file for it gives a pg pool (the matcher's judgement: `new
// Pool(…)`, a variable holding one). Only string-literal names count; `decorateRequest` / `decorateReply` values are
// per request and not read. `this.db` is left to the class readings (a class member, not the decorator).
// Met in the corpus round "Node web frameworks other than Express, third round": Chronosdreamstate/Convoy's and
// lennybeadle/UNTIL's db plugins decorate `db` with their pool; their routes, in other modules the plugins never
// import, stay unread — a route module has no evidence of what its instance was decorated with.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { walk } from "../ast-walk.js";
import { methodCall, unwrapExpression } from "../node-shapes.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The names one file decorates a framework instance with, and the values it gives each, read once per file. */
export class DecoratedPools {
  private decorated: Map<string, TSESTree.Node[]> | undefined;
  private readonly asking = new Set<string>();

  constructor(private readonly sourceCode: SourceCode) {}

  /**
   * `x.name` (any receiver but `this`) when the file decorates `name` and every value it decorates it with is a pool.
   * `isPool` judges each value; a value that leads back to the same name (`decorate("db", fastify.db)`) is no pool.
   */
  isPool(member: TSESTree.MemberExpression, name: string, isPool: (value: TSESTree.Node) => boolean): boolean {
    if (unwrapExpression(member.object).type === AST_NODE_TYPES.ThisExpression) return false;
    const values = this.decorations().get(name);
    if (!values || this.asking.has(name)) return false;
    this.asking.add(name);
    try {
      return values.every((value) => isPool(value));
    } finally {
      this.asking.delete(name);
    }
  }

  private decorations(): Map<string, TSESTree.Node[]> {
    if (this.decorated) return this.decorated;
    const decorated = new Map<string, TSESTree.Node[]>();
    // Most files decorate nothing: the text says so before any walk.
    if (this.sourceCode.text.includes("decorate(")) {
      walk(this.sourceCode.ast, this.sourceCode.visitorKeys, (node) => {
        if (node.type !== AST_NODE_TYPES.CallExpression || methodCall(node)?.name !== "decorate") return;
        const [key, value] = node.arguments;
        if (!key || !value || value.type === AST_NODE_TYPES.SpreadElement) return;
        const name = unwrapExpression(key);
        if (name.type !== AST_NODE_TYPES.Literal || typeof name.value !== "string") return;
        decorated.set(name.value, [...(decorated.get(name.value) ?? []), value]);
      });
    }
    this.decorated = decorated;
    return decorated;
  }
}
