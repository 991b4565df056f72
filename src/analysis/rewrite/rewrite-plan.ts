// The common end of every withClient rewrite: given where the held code sits (a BodyPlan), check that moving it into
// `async (c) => { … }` keeps its meaning, and build the replacement from slices of the user's own source — the
// call, the values that flow out of it, and poolguard's import under a name that is really poolguard's.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { enclosingFunction } from "../ast-walk.js";
import { helperNameAt } from "./helper-name.js";
import type { TextEdit } from "./import-insertion.js";
import type { ModuleKind } from "./module-kind.js";
import type { ClientAcquisition } from "./manual-client-block.js";
import { displacedComments, indentUnit, isBoundComment, jsdocTypesAbove, lineIndentAt, movedText, removalRange, withTypeComments, type Removal } from "./moved-text.js";
import { bindingReason, disposalReason, functionReason, jsdocClientTypeReason, poolTypeReason, withStatementReason, type DeclaredOtherType, type FlowOut } from "./rewrite-safety.js";
import { foreignPoolReason, writtenOutPoolReason } from "./foreign-pool.js";
import { splitLiteralReturnsReason } from "./split-literal-returns.js";
import { blockFunctionReason } from "./block-functions.js";
import { poolUseReason, scanMovedCode, type MovedCodeScan } from "./moved-code-scan.js";
import { flowOutAsyncCallReason, returnedAsyncCallReason } from "./returned-async-calls.js";
import { carriedPromiseReason } from "./carried-promises.js";
import { memberNarrowingReason } from "./member-narrowing.js";
import { checkoutReason } from "./checkout-shape.js";
import { javaScriptChecked } from "./check-js.js";

type Source = Readonly<TSESLint.SourceCode>;

export type Helper = "withClient" | "withTransaction";

const SEMICOLON = 0x3b;

export const DEFAULT_IMPORT_SOURCE = "poolguard/runtime";

/** Neither the file's text nor its package.json (unreadable) says whether the import must be `import` or `require`. */
export const UNKNOWN_MODULE_REASON =
  "the file shows no `import` or `require` and its package.json cannot be read: an `import` would not load in CommonJS, a `require` not in an ES module";

export interface RewriteOptions {
  /** Where `withClient`/`withTransaction` are imported from when the file does not have them yet. */
  importSource?: string;
  /**
   * Whether the file is type-checked (TypeScript, or JavaScript under `// @ts-check`): then a variable assigned back
   * from the callback needs a declared type. Default true; the rules pass false for plain JavaScript files.
   */
  typeChecked?: boolean;
  /**
   * Whether the file is JavaScript, where a JSDoc `@type` types the client's declaration (TypeScript ignores it).
   * Default true: the rules pass false for TypeScript files.
   */
  javaScript?: boolean;
  /**
   * Whether the caller shows the reason of a refusal (prefer-with-client does; a leak rule's suggestion only needs to
   * know whether there is a rewrite). Default true. When false, refusals that are cheap to test come before the
   * dearer checks (the bindings, the member narrowing): the answer's `ok` and edits are the same, only which reason a
   * refusal carries may differ.
   */
  reasonShown?: boolean;
  /**
   * The rule's pool matcher's answer to "what type does this pool's declaration give it, if not pg's Pool": then
   * the helper call would not type-check (asked only in type-checked files). Unset: not asked.
   */
  declaredOtherType?: DeclaredOtherType;
  /**
   * The pool matcher's answer to "is `object.name` typed pg's Pool by `object`'s declaration" (a `pg` member of an
   * options object, which the `fastify.pg` decorator's refusal would otherwise take). Unset: not asked.
   */
  memberDeclaredPool?: (member: TSESTree.MemberExpression) => boolean;
  /**
   * The pool matcher's answer to "where does the project write this pool out as an object of its own" ("this file",
   * or the module exporting it), which the helper's `pg.Pool` parameter would not take. Unset: not asked.
   */
  writtenOutPlace?: (pool: TSESTree.Node) => string | null;
  /**
   * How the file loads by its place (module-kind.ts: extension, nearest package.json's `type`), for a JavaScript file
   * whose own text shows no module system: CommonJS gets the `require` form. Unset (null): the text decides alone.
   */
  moduleKind?: ModuleKind;
}

/**
 * Whether a file is type-checked, as RewriteOptions.typeChecked means it: TypeScript, or JavaScript under
 * `// @ts-check` or its project's `checkJs` (check-js.ts).
 */
export function isTypeChecked(filename: string, text: string): boolean {
  return !/\.[cm]?jsx?$/.test(filename) || javaScriptChecked(filename, text);
}

export type RewriteAnswer =
  | { ok: true; helper: Helper; edits: TextEdit[] }
  | { ok: false; helper: Helper; reason: string };

/** How the held code sits in the file: the range it occupies and what is cut out of it. */
export interface BodyPlan {
  acquisition: ClientAcquisition;
  helper: Helper;
  /** Range replaced by the new statement: from the acquisition to the end of the last moved code. */
  replaced: [number, number];
  /** Range of the code that moves into the callback. */
  moved: [number, number];
  movedNodes: readonly TSESTree.Node[];
  /** The statements at the callback's top level (whose declarations may flow out). */
  topLevel: readonly TSESTree.Node[];
  /** Pieces inside `moved` that disappear (release calls, BEGIN/COMMIT, an emptied `finally`). */
  removed: readonly Removal[];
  /** Ranges whose lines keep their indentation (the inside of a `try` that is unwrapped). */
  keepIndent?: readonly [number, number][];
  /** True when the moved text sits one level deeper than the acquisition already (a try block's inside). */
  alreadyIndented: boolean;
  /** Whether every path through the moved code ends in `return`/`throw`. */
  alwaysExits: boolean;
  /** The statement whose position decides whether a `return` in the body may become `return await …`. */
  outer: TSESTree.Statement;
  /** The statements of `outer`'s list that come after the replaced range. */
  following: readonly TSESTree.Statement[];
  /** Where the call's line indentation is read (default: the acquisition). */
  indentAt?: number;
  /** Text around the call inside the replaced range (the `let` form keeps its `try { … } catch` outside). */
  wrap?: { before: string; after: string };
  /** Ranges outside `moved` that stay verbatim inside `wrap` (their comments are not displaced). */
  kept?: readonly [number, number][];
  /** Text removed elsewhere (the `let c;` declaration of the `let` form when it is not in `replaced`). */
  alsoRemoved?: readonly Removal[];
  /** Set when the moved code may hold the client longer than the original: then no use of the pool may follow. */
  releasedFrom?: number | null;
  /** The scan of `movedNodes` when the caller has made it already (with `source.getText(acquisition.pool)`). */
  scan?: MovedCodeScan;
}

/** The `const { a, b } = await …` prefix and `return { a, b };` suffix that carry values out of the callback. */
function flowOutText(flowOut: FlowOut): { prefix: string; result: string } | null {
  const byPosition = (a: TSESLint.Scope.Variable, b: TSESLint.Scope.Variable) =>
    (a.defs[0]?.name.range[0] ?? 0) - (b.defs[0]?.name.range[0] ?? 0);
  const { declared, assigned } = flowOut;
  if (declared.length > 0) {
    const names = [...declared].sort(byPosition).map((variable) => variable.name);
    const kind = declared.every((variable) => variable.defs[0]?.parent?.type === AST_NODE_TYPES.VariableDeclaration && variable.defs[0].parent.kind === "const")
      ? "const"
      : "let";
    const single = names.length === 1 ? (names[0] as string) : null;
    return {
      prefix: single ? `${kind} ${single} = ` : `${kind} { ${names.join(", ")} } = `,
      result: single ?? `{ ${names.join(", ")} }`,
    };
  }
  if (assigned.length > 0) {
    const names = [...assigned].sort(byPosition).map((variable) => variable.name);
    const single = names.length === 1 ? (names[0] as string) : null;
    return { prefix: single ? `${single} = ` : `({ ${names.join(", ")} } = `, result: single ?? `{ ${names.join(", ")} }` };
  }
  return null;
}

/** `(): never` or `(): Promise<never>`: a function declared never to return normally. */
function declaresNever(fn: TSESTree.FunctionLike | null): boolean {
  let type = fn?.returnType?.typeAnnotation;
  if (type?.type === AST_NODE_TYPES.TSTypeReference && type.typeName.type === AST_NODE_TYPES.Identifier && type.typeName.name === "Promise") {
    type = type.typeArguments?.params.length === 1 ? type.typeArguments.params[0] : undefined;
  }
  return type?.type === AST_NODE_TYPES.TSNeverKeyword;
}

/**
 * Whether nothing follows the replaced code in its function: falling off the callback then ends the function too.
 * Nothing follows it in its own list, nor in any block, `if` branch, `try` block or `catch` clause around it up to
 * the function's body (the express handler's `try { …the block… } catch { res.status(500) }`). Not so in a loop's
 * body (falling off goes round again), a `switch` case (it falls through) or a `finally` (a `return` there would
 * swallow the exception passing through).
 */
function isLastInFunction(body: Pick<BodyPlan, "acquisition" | "outer" | "following">): boolean {
  const fn = enclosingFunction(body.acquisition.statement);
  if (fn === null || body.following.length > 0) return false;
  let node: TSESTree.Node = body.outer;
  for (let parent = node.parent; parent; node = parent, parent = parent.parent) {
    // The replaced code's own list was checked by `following`.
    if (parent.type === AST_NODE_TYPES.BlockStatement && node !== body.outer && parent.body.at(-1) !== node) return false;
    if (parent === fn.body) return true;
    switch (parent.type) {
      case AST_NODE_TYPES.BlockStatement:
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.CatchClause:
        break;
      case AST_NODE_TYPES.TryStatement:
        if (parent.finalizer === node) return false;
        break;
      default:
        return false;
    }
  }
  return false;
}

/**
 * Whether plan() refuses this body whatever else it finds, from tests that need neither the bindings nor the member
 * narrowing: the moved code cannot go into an async arrow, the function is not async, a pool use would wait on the
 * held client, or the body returns on some paths only and code follows it (refused with or without values flowing
 * out). For a caller that does not show the reason (RewriteOptions.reasonShown false); false means "plan() decides".
 */
export function refusedCheaply(
  source: Source,
  body: Pick<BodyPlan, "acquisition" | "outer" | "following" | "alwaysExits" | "releasedFrom">,
  facts: MovedCodeScan,
): boolean {
  if (facts.reason !== null || functionReason(source, body.acquisition.statement) !== null) return true;
  const poolText = source.getText(body.acquisition.pool);
  if (poolUseReason(facts, body.releasedFrom ?? null) !== null || returnedAsyncCallReason(source, facts, poolText) !== null || carriedPromiseReason(source, facts, poolText) !== null) {
    return true;
  }
  return facts.returns && !body.alwaysExits && !isLastInFunction(body);
}

/** Checks the plan for unsafe shapes and, if none, builds the replacement and the import. */
export function plan(source: Source, options: RewriteOptions, body: BodyPlan): RewriteAnswer {
  const { acquisition, helper } = body;
  const fail = (reason: string): RewriteAnswer => ({ ok: false, helper, reason });

  // The refusals in the order prefer-with-client shows the first of them.
  const facts = body.scan ?? scanMovedCode(source, body.movedNodes, body.moved, null, source.getText(acquisition.pool));
  if (facts.reason) return fail(facts.reason);
  const fnReason = functionReason(source, acquisition.statement) ?? checkoutReason(acquisition) ?? withStatementReason(acquisition.statement, helper);
  if (fnReason) return fail(fnReason);
  const typeReason =
    (options.typeChecked ?? true)
      ? (poolTypeReason(source, acquisition, options.declaredOtherType) ??
        foreignPoolReason(source, acquisition, options.memberDeclaredPool) ??
        writtenOutPoolReason(source, acquisition, options.writtenOutPlace))
      : null;
  if (typeReason) return fail(typeReason);
  const clientDeclaration = acquisition.letDeclaration ?? acquisition.statement;
  const jsdocReason = jsdocClientTypeReason(source, clientDeclaration, jsdocTypesAbove(source, clientDeclaration), (options.typeChecked ?? true) && (options.javaScript ?? true));
  if (jsdocReason) return fail(jsdocReason);
  const poolText = source.getText(acquisition.pool);
  const poolReason = poolUseReason(facts, body.releasedFrom ?? null) ?? returnedAsyncCallReason(source, facts, poolText) ?? carriedPromiseReason(source, facts, poolText);
  if (poolReason) return fail(poolReason);
  const disposal = disposalReason(facts.disposals, body.moved, body.removed);
  if (disposal) return fail(disposal);
  const bindings = bindingReason(source, acquisition, body.moved, body.replaced, body.topLevel, options.typeChecked ?? true);
  if (bindings.reason !== null) return fail(bindings.reason);
  const hidden = blockFunctionReason(source, acquisition.statement, body.movedNodes, body.moved);
  if (hidden) return fail(hidden);
  const narrowed = memberNarrowingReason(source, acquisition.statement, body.movedNodes, options.typeChecked ?? true);
  if (narrowed) return fail(narrowed);
  const { flowOut } = bindings;
  if (flowOut.declared.length > 0 && flowOut.assigned.length > 0) {
    const names = [...flowOut.declared, ...flowOut.assigned].map((variable) => `\`${variable.name}\``).join(", ");
    return fail(`values declared in the body and outer variables it assigns are both used after it (${names})`);
  }
  const out = flowOutText(flowOut);
  // One value carried out is the callback's own value, which withClient awaits (several go out in an object literal).
  const outVariables = [...flowOut.declared, ...flowOut.assigned];
  if (!facts.returns && outVariables.length === 1) {
    const held = flowOutAsyncCallReason(source, outVariables[0]!, poolText) ?? carriedPromiseReason(source, facts, poolText, outVariables[0]!);
    if (held) return fail(held);
  }

  let prefix = "";
  if (facts.returns) {
    // The helper's value is the body's return value; falling off the body gives undefined, like falling off the
    // end of the function — but only if nothing else follows in the function.
    const lastInFunction = isLastInFunction(body);
    if (out) {
      const names = [...flowOut.declared, ...flowOut.assigned].map((variable) => `\`${variable.name}\``).join(", ");
      if (!body.alwaysExits) return fail(`the body returns on some paths, and the code after it uses ${names} from it`);
    } else if (!lastInFunction && !body.alwaysExits) {
      return fail("the body returns on some paths but not all, and code follows the block");
    }
    prefix = "return ";
  } else if (!out && body.alwaysExits && declaresNever(enclosingFunction(acquisition.statement))) {
    // A function declared to return `never` whose held code always throws: as a statement, the call would leave the
    // function an end it can reach (TS2534). Returned, it is the same call — its promise only ever rejects.
    prefix = "return ";
  }
  // Last of the refusals: it only names a type it would change, and the reasons above say more where they also hold.
  const split = (options.typeChecked ?? true) ? splitLiteralReturnsReason(acquisition.statement, body.moved, source.visitorKeys) : null;
  if (split) return fail(split);

  const text = source.text;
  const statementIndent = lineIndentAt(source, body.indentAt ?? acquisition.statement.range[0]);
  const unit = indentUnit(source, acquisition.statement);
  const bodyIndent = statementIndent + unit;

  let inner = movedText(source, body.moved, body.removed, body.alreadyIndented ? "" : unit, body.keepIndent);
  // Blank lines between the last moved statement and the release it replaces would sit before the callback's `});`;
  // in a try block's inside, those the removed BEGIN and COMMIT stood next to would open and close the callback.
  if (!body.alreadyIndented) inner = `\n${bodyIndent}${inner.trimEnd()}\n${statementIndent}`;
  else inner = inner.replace(/^(\r?\n)(?:[ \t]*\r?\n)+/, "$1").replace(/(?:\r?\n[ \t]*)+(\r?\n[ \t]*)$/, "$1");
  // A node's range ends with its last token, and no other token ends in `;` (strings, templates and regular
  // expressions end in their own delimiters): the character says what `getLastToken` would, without a token cursor.
  const semicolon = text.charCodeAt(acquisition.statement.range[1] - 1) === SEMICOLON ? ";" : "";
  if (out && !facts.returns) {
    const trailing = /\s*$/.exec(inner)?.[0] ?? "";
    inner = `${inner.slice(0, inner.length - trailing.length)}\n${bodyIndent}return ${out.result}${semicolon}${trailing}`;
  }

  // Comments outside the moved code (between the acquisition and `try`, in `finally`, in a dropped catch or
  // statement) would vanish with the text around them: they go to the top of the callback instead — except a
  // directive bound to a line (`// eslint-disable-next-line …`, `// @ts-expect-error`), whose line is gone: at the
  // top of the callback it would bind to the first moved line (an unused `@ts-expect-error` is a type error).
  // A JSDoc `@type` above the declaration that goes (`/** @type {pg.PoolClient} */ const client = …`, the `let`
  // form's `let client;`) goes with it: the callback's parameter is typed by the helper.
  const declaration = acquisition.letDeclaration ?? acquisition.statement;
  const replaced: [number, number] =
    declaration.type === AST_NODE_TYPES.VariableDeclaration && declaration.range[0] === body.replaced[0]
      ? [withTypeComments(source, declaration), body.replaced[1]]
      : body.replaced;
  const lost = [
    ...displacedComments(source, replaced, [body.moved, ...(body.kept ?? [])]),
    ...body.removed.flatMap((node) => displacedComments(source, node.range, [])),
  ]
    .filter((comment) => !isBoundComment(comment))
    .sort((a, b) => a.range[0] - b.range[0]);
  const carried = lost.map((comment) => `\n${bodyIndent}${source.getText(comment)}`).join("");

  const poolNode = acquisition.poolAsWritten;
  const poolArgument =
    poolNode.type === AST_NODE_TYPES.SequenceExpression ? `(${source.getText(poolNode)})` : source.getText(poolNode);
  // The `let` form's annotation (`PoolClient | undefined`) describes the variable, not the callback's parameter.
  const param = acquisition.letDeclaration ? acquisition.id.name : text.slice(acquisition.id.range[0], acquisition.id.range[1]);
  const name = helperNameAt(source, acquisition.statement, helper, options.importSource ?? DEFAULT_IMPORT_SOURCE, options.moduleKind ?? null);
  if (!name) return { ok: false, helper, reason: UNKNOWN_MODULE_REASON };
  let call = `await ${name.local}(${poolArgument}, async (${param}) => {${carried}${inner}})`;
  if (prefix) call = `${prefix}${call}${semicolon}`;
  else if (out?.prefix.startsWith("(")) {
    // Without semicolons, a line starting with `(` would continue the previous statement as a call.
    call = `${semicolon ? "" : ";"}${out.prefix}${call})${semicolon}`;
  } else if (out) call = `${out.prefix}${call}${semicolon}`;
  else call = `${call}${semicolon}`;
  const replacement = body.wrap ? `${body.wrap.before}${call}${body.wrap.after}` : call;

  const edits: TextEdit[] = [{ range: replaced, text: replacement }];
  for (const removal of body.alsoRemoved ?? []) edits.push({ range: removalRange(source, removal), text: "" });
  if (name.importEdit) edits.unshift(name.importEdit);
  // The pieces above join lines with "\n": a CRLF file gets CRLF on every line written, not mixed line ends.
  const written = text.includes("\r\n") ? edits.map((edit) => ({ range: edit.range, text: edit.text.replace(/\r?\n/g, "\r\n") })) : edits;
  return { ok: true, helper, edits: written.sort((a, b) => a.range[0] - b.range[0]) };
}
