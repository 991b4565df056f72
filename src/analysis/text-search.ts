// Finding the few calls a rule cares about from where the file's text says their name, instead of listening to every
// call of the traversal: `text.indexOf` finds the occurrences, the token starting there is looked up by position
// (comments and the inside of strings have none), and the node is found by descending the tree on ranges. A file
// costs its few occurrences of the name, where a `CallExpression` listener costs every call in the file.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { isFunction } from "./ast-walk.js";
import { FileMemo } from "./file-memo.js";
import { parentSkippingWrappers, unwrapExpression } from "./node-shapes.js";

type SourceCode = Readonly<TSESLint.SourceCode>;

/** What namingNodes found in the file being linted, per name: several rules look for the same names (see FileMemo). */
const found = new FileMemo<Map<string, readonly TSESTree.Node[]>>();

/**
 * The nodes the text names `name` with: identifiers (`name`, `a.name`), private names (`this.#name`, whose token
 * starts one character earlier) and, for `a["name"]`, the string literal (likewise). Only a token that is exactly the
 * name counts (`connectionString` is not `connect`). With `calleesOnly`, occurrences that cannot name a callee (see
 * mayNameCallee) are left out before their token lookup; the callers then look for calls among what is left.
 */
function namingNodes(sourceCode: SourceCode, name: string, calleesOnly = false): readonly TSESTree.Node[] {
  let byName = found.get(sourceCode);
  if (!byName) {
    byName = new Map();
    found.set(sourceCode, byName);
  }
  // Every naming node, when some rule has already asked for them, holds the callees' too.
  let nodes = byName.get(name) ?? (calleesOnly ? byName.get(`${name}(`) : undefined);
  if (!nodes) {
    nodes = findNamingNodes(sourceCode, name, calleesOnly);
    byName.set(calleesOnly ? `${name}(` : name, nodes);
  }
  return nodes;
}

function findNamingNodes(sourceCode: SourceCode, name: string, calleesOnly: boolean): readonly TSESTree.Node[] {
  const nodes: TSESTree.Node[] = [];
  const text = sourceCode.text;
  const path: TSESTree.Node[] = [sourceCode.ast];
  for (let index = text.indexOf(name); index !== -1; index = text.indexOf(name, index + name.length)) {
    // Inside a longer word (`connectionTimeoutMillis`, `xconnect`): the token there cannot be exactly the name (an
    // identifier's token spans the whole word; `#name`, `"name"` and `<name` have no word character around it), so
    // its lookup (a cold read of the token index, most of this loop's cost) is skipped. The same test as saysName.
    if (isAsciiIdentifierPart(text.charCodeAt(index - 1)) || isAsciiIdentifierPart(text.charCodeAt(index + name.length))) continue;
    if (calleesOnly && !mayNameCallee(text, index + name.length)) continue;
    const token = sourceCode.getTokenByRangeStart(index) ?? sourceCode.getTokenByRangeStart(index - 1);
    const matches =
      token !== null &&
      // typescript-estree types a name inside JSX braces of a .tsx file as JSXIdentifier.
      (((token.type === "Identifier" || token.type === "PrivateIdentifier" || token.type === "JSXIdentifier") &&
        token.value === name) ||
        (token.type === "String" && token.value.slice(1, -1) === name));
    if (matches) nodes.push(nodeAt(sourceCode, token.range[0], path));
  }
  return nodes;
}

/**
 * Whether a name ending at `end` can be a callee, or a callee's property (`name(`, `a.name?.(`, `a.name<T>(`,
 * `(name as F)(`, `a["name"](`): false only when the first character after it, past ASCII spaces and line breaks, is
 * one that never follows a callee — `,` `}` `]` `;` `:` `=` `.` (an import or export specifier, an argument, an
 * object key, an assignment, an arrow's parameter, the object of a member). Any other character, a comment or a
 * non-ASCII space included, lets the occurrence through to the token lookup, as before. The generated modules name
 * `withClient` and `withTransaction` in their imports as often as in calls.
 */
function mayNameCallee(text: string, end: number): boolean {
  let at = end;
  for (let code = text.charCodeAt(at); code === 32 || (code >= 9 && code <= 13); code = text.charCodeAt(at)) at += 1;
  switch (text.charCodeAt(at)) {
    case 44: // ,
    case 125: // }
    case 93: // ]
    case 59: // ;
    case 58: // :
    case 61: // =
    case 46: // .
      return false;
    default:
      return true;
  }
}

/**
 * Whether the text may name `name` as a whole token: some occurrence of it with no ASCII identifier character right
 * before or after. namingNodes counts only a token that is exactly the name, so a file that fails this has none
 * (a file can say `connect` only in `connectionTimeoutMillis`, as most of the bench's generated modules without a
 * checkout do), and leaves before any per-file setup. A non-ASCII neighbour counts as a boundary: the test may let a
 * file through that has no such token, never the reverse.
 */
export function saysName(text: string, name: string): boolean {
  // Asked of every file by several rules for the same names (`connect`: the lifetime analysis, the field checkouts,
  // no-unawaited-client-work): a file that does not say it is scanned to its end, stopping at every longer word that
  // holds it (`connection…`), so the answer is kept for the file being linted.
  let answers = said.get(text);
  if (!answers) {
    answers = new Map();
    said.set(text, answers);
  }
  let answer = answers.get(name);
  if (answer === undefined) {
    answer = scanForName(text, name);
    answers.set(name, answer);
  }
  return answer;
}

/** saysName's answers for the file being linted, per name (see FileMemo). */
const said = new FileMemo<Map<string, boolean>>();

function scanForName(text: string, name: string): boolean {
  for (let index = text.indexOf(name); index !== -1; index = text.indexOf(name, index + 1)) {
    if (!isAsciiIdentifierPart(text.charCodeAt(index - 1)) && !isAsciiIdentifierPart(text.charCodeAt(index + name.length))) return true;
  }
  return false;
}

/** A-Z, a-z, 0-9, `_`, `$` (NaN, off either end of the text, is none of them). */
function isAsciiIdentifierPart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36;
}

/** Member expressions whose property is `name` (`a.name`, `a?.name`, `a["name"]`), in source order. */
export function membersNamed(sourceCode: SourceCode, name: string): TSESTree.MemberExpression[] {
  return membersOf(namingNodes(sourceCode, name));
}

/** The member expressions among `nodes` whose property is the node. */
function membersOf(nodes: readonly TSESTree.Node[]): TSESTree.MemberExpression[] {
  const members: TSESTree.MemberExpression[] = [];
  for (const node of nodes) {
    const member = node.parent;
    if (member?.type === AST_NODE_TYPES.MemberExpression && member.property === node) members.push(member);
  }
  return members;
}

/** Calls of a method named `name` (`a.name(…)`, `a?.name(…)`, `(a as T).name(…)`), in source order. */
export function callsNamed(sourceCode: SourceCode, name: string): TSESTree.CallExpression[] {
  const calls: TSESTree.CallExpression[] = [];
  for (const member of membersOf(namingNodes(sourceCode, name, true))) {
    const call = parentSkippingWrappers(member);
    if (call?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(call.callee) === member) calls.push(call);
  }
  return calls;
}

/** Calls made by the name `name`, as a function (`name(…)`) or a method (`a.name(…)`), in source order. */
export function callsByCalleeName(sourceCode: SourceCode, name: string): TSESTree.CallExpression[] {
  const calls: TSESTree.CallExpression[] = [];
  for (const node of namingNodes(sourceCode, name, true)) {
    const member = node.parent;
    const callee = member?.type === AST_NODE_TYPES.MemberExpression && member.property === node ? member : node;
    if (callee.type !== AST_NODE_TYPES.Identifier && callee.type !== AST_NODE_TYPES.MemberExpression) continue;
    const call = parentSkippingWrappers(callee);
    if (call?.type === AST_NODE_TYPES.CallExpression && unwrapExpression(call.callee) === callee) calls.push(call);
  }
  return calls;
}

/**
 * The `return` statements of `fn`'s own body (not those of functions nested in it), in source order: found where its
 * text says `return` and the token there is the keyword, rather than by walking the body (a function's `return`s are
 * few; its nodes are many).
 */
export function ownReturns(sourceCode: SourceCode, fn: TSESTree.FunctionLike & { body: TSESTree.BlockStatement }): TSESTree.ReturnStatement[] {
  const returns: TSESTree.ReturnStatement[] = [];
  const text = sourceCode.text;
  const [start, end] = fn.body.range;
  const path: TSESTree.Node[] = [fn.body];
  for (let index = text.indexOf("return", start); index !== -1 && index < end; index = text.indexOf("return", index + 6)) {
    const token = sourceCode.getTokenByRangeStart(index);
    if (token?.type !== "Keyword" || token.value !== "return") continue;
    const node = nodeAt(sourceCode, index, path);
    if (node.type !== AST_NODE_TYPES.ReturnStatement || node.range[0] !== index) continue;
    let owner: TSESTree.Node | undefined = node.parent;
    while (owner && owner !== fn && !isFunction(owner)) owner = owner.parent;
    if (owner === fn) returns.push(node);
  }
  return returns;
}

/**
 * The innermost node containing `index`. ESLint's `getNodeByRangeIndex` walks every top-level statement on each call,
 * quadratic over a file's tokens; this descends through the children by binary search on their ranges.
 *
 * `path` is the descent of the previous call (from the Program down), for indexes that come in source order: the
 * descent resumes at the deepest node of it that contains `index` too (sibling nodes do not overlap, so a descent
 * from the Program would pass there as well), rather than reading the tree from the top again.
 */
function nodeAt(sourceCode: SourceCode, index: number, path: TSESTree.Node[]): TSESTree.Node {
  while (path.length > 1 && !contains(path.at(-1), index)) path.pop();
  let node = path.at(-1)!;
  const visitorKeys = sourceCode.visitorKeys;
  descend: for (;;) {
    for (const key of visitorKeys[node.type] ?? []) {
      const value: unknown = (node as unknown as Record<string, unknown>)[key];
      const child: TSESTree.Node | null = Array.isArray(value)
        ? childAt(value as Array<TSESTree.Node | null | undefined>, index)
        : contains(value, index)
          ? value
          : null;
      if (child) {
        node = child;
        path.push(child);
        continue descend;
      }
    }
    return node;
  }
}

function contains(child: unknown, index: number): child is TSESTree.Node {
  return (
    !!child &&
    typeof child === "object" &&
    "range" in child &&
    (child as TSESTree.Node).range[0] <= index &&
    index < (child as TSESTree.Node).range[1]
  );
}

function childAt(children: ReadonlyArray<TSESTree.Node | null | undefined>, index: number): TSESTree.Node | null {
  let low = 0;
  let high = children.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const child = children[middle];
    if (!child || !("range" in child)) return children.find((candidate) => contains(candidate, index)) ?? null; // holes
    if (child.range[1] <= index) low = middle + 1;
    else if (child.range[0] > index) high = middle - 1;
    else return child;
  }
  return null;
}
