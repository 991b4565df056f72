// Which SQL texts control a transaction, and the static text of a `query(...)` argument. Shared by
// no-transaction-on-pool and anything else that needs to know whether a query is BEGIN/COMMIT/ROLLBACK.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { unwrapExpression } from "./node-shapes.js";

/** The transaction-control commands a pool must not be sent, as the statement keyword a user would recognise. */
export type TransactionCommand =
  | "BEGIN"
  | "START TRANSACTION"
  | "COMMIT"
  | "END"
  | "ROLLBACK"
  | "ABORT"
  | "SAVEPOINT"
  | "RELEASE SAVEPOINT"
  | "ROLLBACK TO SAVEPOINT";

const OPENERS = new Set<TransactionCommand>(["BEGIN", "START TRANSACTION"]);
const CLOSERS = new Set<TransactionCommand>(["COMMIT", "END", "ROLLBACK", "ABORT"]);

/**
 * The SQL text of a query argument when it is static: a string literal, a template literal without expressions,
 * or a `{ text: ... }` config object with such a text. Null for anything computed.
 */
export function staticQueryText(argument: TSESTree.Node | undefined): string | null {
  if (!argument) return null;
  const node = unwrapExpression(argument);
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === "string" ? node.value : null;
  if (node.type === AST_NODE_TYPES.TemplateLiteral) {
    return node.expressions.length === 0 && node.quasis.length === 1 ? (node.quasis[0]?.value.cooked ?? null) : null;
  }
  if (node.type === AST_NODE_TYPES.ObjectExpression) {
    for (const property of node.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.computed || property.kind !== "init") continue;
      const key = property.key;
      const name = key.type === AST_NODE_TYPES.Identifier ? key.name : key.type === AST_NODE_TYPES.Literal ? key.value : null;
      if (name === "text") return staticQueryText(property.value);
    }
  }
  return null;
}

/**
 * The SQL a query argument sends as far as it is written out: a string literal, a template literal read with `$0` for
 * each placeholder (`` `BEGIN; SET ROLE ${role}` `` reads "BEGIN; SET ROLE $0"), or a `{ text: ... }` config's. Null
 * for anything computed. For what a statement starts with or contains; staticQueryText is for the exact text.
 */
export function writtenQueryText(argument: TSESTree.Node | undefined): string | null {
  if (!argument) return null;
  const node = unwrapExpression(argument);
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return node.quasis.map((quasi) => quasi.value.cooked ?? "").join("$0");
  if (node.type === AST_NODE_TYPES.ObjectExpression) {
    for (const property of node.properties) {
      if (property.type !== AST_NODE_TYPES.Property || property.computed || property.kind !== "init") continue;
      if (property.key.type === AST_NODE_TYPES.Identifier && property.key.name === "text") return writtenQueryText(property.value);
    }
    return null;
  }
  return staticQueryText(node);
}

/** Splits SQL into statements, dropping comments and ignoring `;` inside quotes and dollar-quoted bodies. */
function statements(sql: string): string[] {
  const result: string[] = [];
  let current = "";
  let index = 0;
  const dollarQuote = /\$[A-Za-z_]*\$/y;
  while (index < sql.length) {
    const char = sql[index] as string;
    if (sql.startsWith("--", index)) {
      const end = sql.indexOf("\n", index);
      index = end === -1 ? sql.length : end + 1;
      current += " ";
      continue;
    }
    if (sql.startsWith("/*", index)) {
      const end = sql.indexOf("*/", index + 2);
      index = end === -1 ? sql.length : end + 2;
      current += " ";
      continue;
    }
    if (char === "'" || char === '"') {
      const end = sql.indexOf(char, index + 1);
      const stop = end === -1 ? sql.length : end + 1;
      current += sql.slice(index, stop);
      index = stop;
      continue;
    }
    dollarQuote.lastIndex = index;
    const dollar = char === "$" ? dollarQuote.exec(sql) : null;
    if (dollar) {
      const end = sql.indexOf(dollar[0], index + dollar[0].length);
      const stop = end === -1 ? sql.length : end + dollar[0].length;
      current += sql.slice(index, stop);
      index = stop;
      continue;
    }
    if (char === ";") {
      result.push(current.trim());
      current = "";
    } else {
      current += char;
    }
    index += 1;
  }
  result.push(current.trim());
  return result.filter((statement) => statement.length > 0);
}

/** The first word after any whitespace and comments; the pattern runs only when the text does not start plainly. */
const FIRST_WORD = /^(?:\s|--[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*([A-Za-z]+)/;

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * The upper-cased first word of the SQL text (as FIRST_WORD reads it), or undefined. Nearly every query starts with
 * its keyword, perhaps after spaces or newlines: that case is read by hand, since this runs for every `.query("…")`
 * of a file. Comments, or any other character first, go to the pattern.
 */
function firstWordOf(sql: string): string | undefined {
  let start = 0;
  for (let code = sql.charCodeAt(0); code === 32 || (code >= 9 && code <= 13); code = sql.charCodeAt(start)) start += 1;
  let end = start;
  while (isAsciiLetter(sql.charCodeAt(end))) end += 1;
  // A word whose first letter and length no command has (`SELECT`, `INSERT`, …: nearly every query) is not made into
  // a string, nor upper-cased: "" is no command either.
  if (end > start) return mayBeFirstWord(sql, start, end) ? sql.slice(start, end).toUpperCase() : "";
  return FIRST_WORD.exec(sql)?.[1]?.toUpperCase();
}

const FIRST_WORDS = new Set(["BEGIN", "START", "COMMIT", "ROLLBACK", "END", "ABORT", "SAVEPOINT", "RELEASE"]);

/** For each first letter of FIRST_WORDS (lower-cased ASCII code), a bit for each length a word of it has. */
const LENGTHS_BY_INITIAL: number[] = [];
for (const word of FIRST_WORDS) {
  const initial = word.charCodeAt(0) | 32;
  LENGTHS_BY_INITIAL[initial] = (LENGTHS_BY_INITIAL[initial] ?? 0) | (1 << word.length);
}

/** Whether the ASCII letters `sql[start, end)` may spell one of FIRST_WORDS: their first letter and length, read in place. */
function mayBeFirstWord(sql: string, start: number, end: number): boolean {
  const length = end - start;
  return length < 31 && (((LENGTHS_BY_INITIAL[sql.charCodeAt(start) | 32] ?? 0) >> length) & 1) === 1;
}

/** The transaction-control command a single statement is, or null. `COMMIT PREPARED` (two-phase) is not one. */
function commandOf(statement: string): TransactionCommand | null {
  const words = statement.toUpperCase().split(/\s+/);
  const [first, second, third] = words;
  switch (first) {
    case "BEGIN":
      return "BEGIN";
    case "START":
      return second === "TRANSACTION" ? "START TRANSACTION" : null;
    case "COMMIT":
    case "ROLLBACK":
      if (second === "PREPARED") return null;
      if (first === "ROLLBACK" && (second === "TO" || (second === "WORK" && third === "TO") || (second === "TRANSACTION" && third === "TO"))) {
        return "ROLLBACK TO SAVEPOINT";
      }
      return first;
    case "END":
      return "END";
    case "ABORT":
      return "ABORT";
    case "SAVEPOINT":
      return "SAVEPOINT";
    case "RELEASE":
      return "RELEASE SAVEPOINT";
    default:
      return null;
  }
}

/**
 * The transaction-control command the SQL text starts with, or null. A text that is a whole transaction in one
 * round trip (`BEGIN; …; COMMIT`) runs on one connection and is not reported.
 */
export function transactionCommand(sql: string): TransactionCommand | null {
  // Almost every query starts with another keyword: decide that from the first word before splitting the text.
  const firstWord = firstWordOf(sql);
  if (firstWord === undefined || !FIRST_WORDS.has(firstWord)) return null;
  const list = statements(sql);
  const first = list[0] === undefined ? null : commandOf(list[0]);
  if (first === null) return null;
  const last = list.length > 1 ? commandOf(list[list.length - 1] as string) : null;
  if (OPENERS.has(first) && last !== null && CLOSERS.has(last)) return null;
  return first;
}
