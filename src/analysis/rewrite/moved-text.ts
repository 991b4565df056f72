// Text surgery for code that moves into a callback: slices of the user's own source, with statements cut out line by
// line and indentation shifted, but never inside a template literal or a string continued with a backslash at the
// end of a line (that would change a string's value).
import { AST_TOKEN_TYPES } from "@typescript-eslint/types";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";

type Source = Readonly<TSESLint.SourceCode>;

/** The whitespace that starts the line `offset` is on. */
export function lineIndentAt(source: Source, offset: number): string {
  const lineStart = source.text.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(source.text.slice(lineStart))?.[0] ?? "";
}

/** The file's indentation step, read off the nearest block around `node` whose body is on its own lines. */
export function indentUnit(source: Source, node: TSESTree.Node): string {
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    if (current.type !== "BlockStatement" || current.body.length === 0) continue;
    const first = current.body[0] as TSESTree.Node;
    if (first.loc.start.line === current.loc.start.line) continue;
    const outer = lineIndentAt(source, current.range[0]);
    const inner = lineIndentAt(source, first.range[0]);
    if (inner.length > outer.length && inner.startsWith(outer)) return inner.slice(outer.length);
  }
  return "  ";
}

/**
 * Ranges of the literal tokens that span lines — template literals, and strings continued by a backslash at a line's
 * end (`'\⏎  CREATE TABLE …'`, whose next line's indentation is part of the value): their inner line starts must not
 * be touched.
 */
function multilineLiterals(source: Source, range: [number, number]): [number, number][] {
  // Tokens are sorted: find the first one ending after range start by binary search, not by scanning the file.
  const tokens = source.ast.tokens;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tokens[middle] as TSESTree.Token).range[1] <= range[0]) low = middle + 1;
    else high = middle;
  }
  const found: [number, number][] = [];
  for (let index = low; index < tokens.length; index += 1) {
    const token = tokens[index] as TSESTree.Token;
    if (token.range[0] >= range[1]) break;
    const literal = token.type === AST_TOKEN_TYPES.Template || token.type === AST_TOKEN_TYPES.String;
    if (literal && token.loc.start.line !== token.loc.end.line) found.push(token.range);
  }
  return found;
}

/** Something cut out of moved text: a statement, or a raw piece of syntax such as `try {`. */
export type Removal = { range: [number, number] };

/**
 * The text of `range`, minus the `removed` pieces, with `extraIndent` added at every line start after the first
 * (blank lines stay blank; lines inside multi-line template literals and continued strings, or inside a `keepIndent`
 * range, stay as they are).
 */
export function movedText(
  source: Source,
  range: [number, number],
  removed: readonly Removal[] = [],
  extraIndent = "",
  keepIndent: readonly [number, number][] = [],
): string {
  const text = source.text;
  const cuts = removed.map((node) => removalRange(source, node, true)).sort((a, b) => a[0] - b[0]);
  const templates = extraIndent ? [...multilineLiterals(source, range), ...keepIndent] : [];
  let out = "";
  let position = range[0];
  // Whole lines at a time: the text goes in slices, and only a line break may be followed by the extra indent.
  const emit = (from: number, to: number): void => {
    let start = from;
    if (extraIndent) {
      for (let index = text.indexOf("\n", from); index !== -1 && index < to; index = text.indexOf("\n", index + 1)) {
        out += text.slice(start, index + 1);
        start = index + 1;
        const next = text[index + 1];
        const blank = next === undefined || next === "\n" || next === "\r" || index + 1 >= range[1];
        const inTemplate = templates.some(([open, close]) => index > open && index < close);
        if (!blank && !inTemplate) out += extraIndent;
      }
    }
    out += text.slice(start, to);
  };
  for (const [start, end] of cuts) {
    if (end <= position) continue;
    emit(position, Math.max(start, position));
    position = Math.min(end, range[1]);
  }
  emit(position, range[1]);
  return out;
}

/**
 * A piece's own lines when it is alone on them (so no blank line is left behind), else just its text. With
 * `collapseBlank`, a line cut from between two blank lines takes the second with it: one blank line stays, not two
 * (a `COMMIT` that stood apart from the work before it and the `return` after it).
 */
export function removalRange(source: Source, node: Removal, collapseBlank = false): [number, number] {
  const text = source.text;
  let [start, end] = withBoundDirectives(source, node.range);
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  let lineEnd = text.indexOf("\n", end);
  if (lineEnd === -1) lineEnd = text.length;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd);
  if (/^[ \t]*$/.test(before) && /^[ \t\r]*$/.test(after)) {
    // Take the newline before the statement, so the line above keeps its own ending.
    start = Math.max(lineStart - 1, 0);
    end = lineEnd;
    if (text[start - 1] === "\r") start -= 1;
    if (collapseBlank && lineStart > 0) {
      const previousStart = text.lastIndexOf("\n", lineStart - 2) + 1;
      const nextEnd = text.indexOf("\n", lineEnd + 1);
      const blank = (line: string) => /^[ \t\r]*$/.test(line);
      if (lineEnd < text.length && nextEnd !== -1 && blank(text.slice(previousStart, lineStart - 1)) && blank(text.slice(lineEnd + 1, nextEnd))) {
        end = text[nextEnd - 1] === "\r" ? nextEnd - 1 : nextEnd;
      }
    }
  } else if (/^[ \t]+/.test(after)) {
    end += /^[ \t]+/.exec(after)?.[0].length ?? 0;
  }
  return [start, end];
}

/** A comment that acts on the line after it or on its own: ESLint's line directives, TypeScript's suppressions. */
export const LINE_DIRECTIVE = /^[\s*/]*(?:eslint-disable-(?:next-)?line\b|@ts-(?:expect-error|ignore)\b)/;

/**
 * A JSDoc comment with a `@type` tag (`/** @type {pg.PoolClient} *\/`): in checked JavaScript it types the declaration
 * below. TypeScript reads `/***` as one too (`/**` not followed by `/`).
 */
const JSDOC_TYPE = /^\*[^]*@type\b/;

/**
 * Whether a comment belongs to the line or declaration below it, and goes with it when that is removed: a line
 * directive, or a JSDoc `@type` — left above the call that replaces its declaration it would type nothing, or, above
 * `const rows = await withClient(…)`, type the wrong variable.
 */
export function isBoundComment(comment: TSESTree.Comment): boolean {
  return LINE_DIRECTIVE.test(comment.value) || (comment.type === "Block" && JSDOC_TYPE.test(comment.value));
}

/** Where `node` starts with the JSDoc `@type` comments right above it (on lines of their own), if any. */
export function withTypeComments(source: Source, node: TSESTree.Node): number {
  return withCommentsAbove(source, node.range[0], (comment) => comment.type === "Block" && JSDOC_TYPE.test(comment.value));
}

/** The types the JSDoc `@type` comments right above `node` give (`pg.PoolClient` of `/** @type {pg.PoolClient} *\/`). */
export function jsdocTypesAbove(source: Source, node: TSESTree.Node): string[] {
  const start = withTypeComments(source, node);
  if (start === node.range[0]) return [];
  const types: string[] = [];
  for (const comment of source.getAllComments()) {
    if (comment.range[0] < start || comment.range[1] > node.range[0] || comment.type !== "Block" || !JSDOC_TYPE.test(comment.value)) continue;
    // The type runs from `{` to its matching `}` (an object type inside has braces of its own).
    const open = comment.value.indexOf("{", comment.value.search(/@type\b/));
    let depth = 0;
    let end = -1;
    for (let index = open; open >= 0 && index < comment.value.length; index += 1) {
      if (comment.value[index] === "{") depth += 1;
      else if (comment.value[index] === "}" && --depth === 0) {
        end = index;
        break;
      }
    }
    types.push(end > open ? comment.value.slice(open + 1, end).replace(/\s*\n\s*\*?\s*/g, " ").trim() : "");
  }
  return types;
}

/** `from` moved up over the comments right above it, each on lines of its own, that `bound` accepts. */
function withCommentsAbove(source: Source, from: number, bound: (comment: TSESTree.Comment) => boolean): number {
  const text = source.text;
  const comments = source.getAllComments();
  let start = from;
  for (let index = firstCommentFrom(comments, start) - 1; index >= 0; index -= 1) {
    const comment = comments[index] as TSESTree.Comment;
    if (!bound(comment) || !/^[ \t]*\r?\n[ \t]*$/.test(text.slice(comment.range[1], start))) break;
    const lineStart = text.lastIndexOf("\n", comment.range[0] - 1) + 1;
    if (!/^[ \t]*$/.test(text.slice(lineStart, comment.range[0]))) break;
    start = comment.range[0];
  }
  return start;
}

/** Index of the first comment that starts at or after `offset` (comments are in source order and never overlap). */
function firstCommentFrom(comments: readonly TSESTree.Comment[], offset: number): number {
  let low = 0;
  let high = comments.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((comments[middle] as TSESTree.Comment).range[0] < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * `range` widened over the line directives bound to it — those on the lines right above it and one ending its line:
 * cut out with the code they act on, they would otherwise bind to whatever line comes next (an unused
 * `// @ts-expect-error` is a type error there, an `// eslint-disable-next-line` would silence another line).
 */
function withBoundDirectives(source: Source, range: [number, number]): [number, number] {
  const text = source.text;
  const comments = source.getAllComments();
  let end = range[1];
  const next = comments[firstCommentFrom(comments, end)];
  if (next && LINE_DIRECTIVE.test(next.value) && /^[ \t;]*$/.test(text.slice(end, next.range[0]))) end = next.range[1];
  return [withCommentsAbove(source, range[0], isBoundComment), end];
}

/** Comments inside `range` that fall in none of the `kept` ranges: the rewrite would drop them otherwise. */
export function displacedComments(
  source: Source,
  range: [number, number],
  kept: readonly [number, number][],
): TSESTree.Comment[] {
  // Find the first comment inside `range` by binary search, as multilineLiterals does for tokens, instead of
  // filtering every comment of the file for each leak.
  const comments = source.getAllComments();
  const found: TSESTree.Comment[] = [];
  for (let index = firstCommentFrom(comments, range[0]); index < comments.length; index += 1) {
    const comment = comments[index] as TSESTree.Comment;
    if (comment.range[1] > range[1]) break;
    if (!kept.some(([start, end]) => comment.range[0] >= start && comment.range[1] <= end)) found.push(comment);
  }
  return found;
}
