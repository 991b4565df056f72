// Dev script, not run in CI: applies every withClient rewrite poolguard offers on real code — each prefer-with-client
// fix and each no-leaked-client suggestion, alone, on the original file — and checks what issue 18 asks of them:
// the result parses, the finding it answered is gone and no finding is added, no statement that followed the
// release on the straight path moved into the callback, and no `P.end()`, `P.connect()` or `withClient(P, …)` of
// the same pool sits inside the callback. Prints the counts (offered, applied, refused by reason, check failures)
// and the share of no-leaked-client findings that offer a rewrite.
// --idempotence: the rewritten code must offer no rewrite again where it was rewritten, and ESLint's fix loop
//   (Linter#verifyAndFix, every fix of the file) must reach a fixed point that a second run leaves as it is, parses,
//   and reports nothing the original did not.
// --typecheck: each TypeScript file, and each JavaScript file under `// @ts-check` or its project's checkJs, is
//   type-checked in isolation (rewrite-typecheck.ts) before and after each rewrite, and after the fix loop: a
//   diagnostic the rewrite adds is a failure.
// --dump <dir>: writes each applied rewrite's original and output (<n>.a.<ext>, <n>.b.<ext>, <n>.where) there, to be
//   read as diffs (`diff -u n.a.ts n.b.ts`).
// Usage: npx tsx test/realworld/check-rewrites.ts [--list] [--idempotence] [--typecheck] [--dump <dir>] <dir> [<dir>…]
// (work trees extracted from mirrored repositories; --list prints each refusal with its place)
// Exit status: 0 every applied rewrite passed, 1 some check failed (the FAIL lines say which), 2 bad arguments.
// Its own test: check-rewrites.test.ts, on fixtures/check-rewrites.
import tsParser from "@typescript-eslint/parser";
import { AST_NODE_TYPES, type TSESTree } from "@typescript-eslint/utils";
import { Linter } from "eslint";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import plugin from "../../src/plugin.js";
import { methodCall, unwrapExpression } from "../../src/analysis/node-shapes.js";
import { leakSuggestionHarness } from "../support/leak-suggestion-harness.js";
import { moduleMismatch, movedFollowers, rewrittenRanges } from "./rewrite-output-checks.js";
import { addedDiagnostics, isolatedDiagnostics, typeCheckable } from "./rewrite-typecheck.js";

const LINTED = /\.(js|ts|mjs|cjs|tsx|jsx|mts|cts)$/;
const SKIPPED = new Set(["node_modules", "dist", "build", ".git", "coverage"]);
const LARGEST_FILE_BYTES = 512 * 1024;
const RULES = ["no-leaked-client", "no-unawaited-client-work", "no-use-after-release", "no-transaction-on-pool", "prefer-with-client"];
const HARNESS = "check/leak-suggestion";
/** The rules whose fix or suggestion is the withClient rewrite. */
const REWRITING_RULES = new Set(["poolguard/prefer-with-client", "poolguard/no-leaked-client"]);

function sourceFiles(root: string): string[] {
  const found: string[] = [];
  const visit = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name)) visit(full);
      } else if (entry.isFile() && LINTED.test(entry.name) && !/\.d\.[cm]?ts$/.test(entry.name) && !/[.-]min\.js$/.test(entry.name)) {
        if (statSync(full).size <= LARGEST_FILE_BYTES) found.push(full);
      }
    }
  };
  visit(root);
  return found.sort();
}

const config: Linter.Config[] = [
  {
    files: ["**/*.{js,ts,mjs,cjs,tsx,jsx,mts,cts}"],
    languageOptions: { parser: tsParser as unknown as Linter.Parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    linterOptions: { reportUnusedDisableDirectives: "off" },
    plugins: {
      poolguard: plugin as unknown as NonNullable<Linter.Config["plugins"]>[string],
      check: { rules: { "leak-suggestion": leakSuggestionHarness } } as unknown as NonNullable<Linter.Config["plugins"]>[string],
    },
    rules: { ...Object.fromEntries(RULES.map((rule) => [`poolguard/${rule}`, "error"])), [HARNESS]: "error" },
  },
];

const linter = new Linter({ configType: "flat", cwd: "/" });
const lint = (text: string, filename: string) => linter.verify(text, config, { filename });
const key = (message: Linter.LintMessage) => `${message.ruleId}:${message.messageId}`;

function countByKey(messages: readonly Linter.LintMessage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of messages) {
    if (message.ruleId?.startsWith("poolguard/")) counts.set(key(message), (counts.get(key(message)) ?? 0) + 1);
  }
  return counts;
}

/** Offset of a 1-based line and column. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) offset = text.indexOf("\n", offset) + 1;
  return offset + column - 1;
}

interface Hold {
  pool: string;
  client: string;
  /** Ranges of the statements that ran after the release on the straight path (they must stay outside). */
  followers: [number, number][];
}

/** What the original code at a report holds: the pool, the client, and what follows its straight-path release. */
function holdAt(ast: TSESTree.Program, text: string, offset: number): Hold | null {
  let connect: TSESTree.CallExpression | null = null;
  const visit = (node: TSESTree.Node): void => {
    if (connect) return;
    if (node.type === AST_NODE_TYPES.CallExpression && node.range[0] >= offset && methodCall(node)?.name === "connect") {
      connect = node;
      return;
    }
    for (const value of Object.values(node)) {
      const children = Array.isArray(value) ? value : [value];
      for (const child of children) {
        if (child && typeof child === "object" && "type" in child && child !== node.parent) visit(child as TSESTree.Node);
      }
    }
  };
  visit(ast);
  const call = connect as TSESTree.CallExpression | null;
  if (!call) return null;
  const pool = text.slice(...(methodCall(call)?.object.range ?? [0, 0]));
  // Climb to the statement that checks out, and the client's name.
  let statement: TSESTree.Node = call;
  let client: string | null = null;
  while (statement.parent && statement.parent.type !== AST_NODE_TYPES.BlockStatement && statement.parent.type !== AST_NODE_TYPES.Program) {
    if (statement.type === AST_NODE_TYPES.VariableDeclarator && statement.id.type === AST_NODE_TYPES.Identifier) client = statement.id.name;
    if (statement.type === AST_NODE_TYPES.AssignmentExpression && statement.left.type === AST_NODE_TYPES.Identifier) client = statement.left.name;
    statement = statement.parent;
  }
  if (!client || !statement.parent || !("body" in statement.parent)) return { pool, client: client ?? "", followers: [] };
  let list = statement.parent.body as TSESTree.Node[];
  // The `let` form's checkout is the first statement of a try: its hold is that try, in the list around it.
  const tryStatement = statement.parent.parent;
  if (tryStatement?.type === AST_NODE_TYPES.TryStatement && tryStatement.finalizer && list[0] === statement) {
    statement = tryStatement;
    list = (tryStatement.parent as TSESTree.BlockStatement).body;
  }
  const releases = (node: TSESTree.Node) => text.slice(...node.range).includes(`${client}.release(`) || text.slice(...node.range).includes(`${client}?.release(`);
  const rest = list.slice(list.indexOf(statement as TSESTree.Statement));
  const releasing = rest.findIndex((candidate) => {
    if (candidate.type === AST_NODE_TYPES.TryStatement) return candidate.finalizer !== null && releases(candidate.finalizer);
    return candidate.type === AST_NODE_TYPES.ExpressionStatement && releases(candidate);
  });
  const followers = releasing < 0 ? [] : rest.slice(releasing + 1).map((node) => node.range);
  return { pool, client, followers };
}

/** Calls inside poolguard-helper callbacks of `output` that end or check out `pool` again. */
function poolUsesInside(ast: TSESTree.Program, output: string, pool: string): string[] {
  const found: string[] = [];
  const visit = (node: TSESTree.Node, inside: boolean): void => {
    let nowInside = inside;
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const callee = unwrapExpression(node.callee);
      const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : "";
      const first = node.arguments[0];
      const method = methodCall(node);
      if (inside && method && (method.name === "end" || method.name === "connect") && output.slice(...method.object.range) === pool) {
        found.push(`${pool}.${method.name}()`);
      }
      if (inside && /with(Client|Transaction)$/i.test(name) && first && output.slice(...first.range) === pool) found.push(`${name}(${pool})`);
      if (/^poolguardWith|^with(Client|Transaction)$/.test(name) && first && output.slice(...first.range) === pool) nowInside = true;
    }
    for (const [field, value] of Object.entries(node)) {
      if (field === "parent") continue;
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child && typeof child === "object" && "type" in child) visit(child as TSESTree.Node, nowInside);
      }
    }
  };
  visit(ast, false);
  return found;
}

const argv = process.argv.slice(2);
const dumpAt = argv.indexOf("--dump");
const dump = dumpAt >= 0 ? argv[dumpAt + 1] : undefined;
// (The value of --dump is no flag; without --dump, nothing is skipped: index -1 + 1 would drop the first flag.)
const isDumpValue = (index: number) => dumpAt >= 0 && index === dumpAt + 1;
const flags = new Set(argv.filter((argument, index) => argument.startsWith("--") && !isDumpValue(index)));
const list = flags.has("--list");
const idempotence = flags.has("--idempotence");
const typecheck = flags.has("--typecheck");
const roots = argv.filter((argument, index) => !argument.startsWith("--") && !isDumpValue(index));
const KNOWN_FLAGS = new Set(["--list", "--idempotence", "--typecheck", "--dump"]);
const USAGE = "usage: npx tsx test/realworld/check-rewrites.ts [--list] [--idempotence] [--typecheck] [--dump <dir>] <dir> [<dir>…]";
const unknown = [...flags].filter((flag) => !KNOWN_FLAGS.has(flag));
if (unknown.length > 0 || (dumpAt >= 0 && (dump === undefined || dump.startsWith("--")))) {
  const what = unknown.length > 0 ? `unknown option ${unknown.join(", ")}` : "--dump needs a directory";
  console.error(`check-rewrites: ${what}\n${USAGE}`);
  process.exit(2);
}
if (dump) mkdirSync(dump, { recursive: true });
let dumped = 0;

const tally = new Map<string, number>();
const count = (name: string) => tally.set(name, (tally.get(name) ?? 0) + 1);
const failures: string[] = [];
/** With --list, each refusal is printed with its place too. */
const refusals: string[] = [];

interface Original {
  file: string;
  text: string;
  ast: TSESTree.Program;
  findings: Linter.LintMessage[];
  /** The file's own diagnostics in isolation (with --typecheck, computed on first need). */
  diagnostics?: string[];
}

/** With --typecheck: the diagnostics `output` has beyond the original's, as failures at `where`. */
function checkTypes(original: Original, output: string, where: string, kind: string): void {
  if (!typecheck || !typeCheckable(original.file, original.text)) return;
  original.diagnostics ??= isolatedDiagnostics(original.file, original.text);
  count(`${kind}: type-checked`);
  const added = addedDiagnostics(original.diagnostics, isolatedDiagnostics(original.file, output));
  if (added.length > 0) {
    failures.push(`${where}: adds type errors: ${added.join(" | ")}`);
    count(`${kind}: adds a type error`);
  }
}

/** With --idempotence: the code the rewrite wrote must not be offered a rewrite (a fix or a suggestion) again. */
function checkNoSecondRewrite(after: readonly Linter.LintMessage[], text: string, output: string, where: string, kind: string): void {
  if (!idempotence) return;
  const ranges = rewrittenRanges(text, output);
  const again = after.filter((message) => {
    // Other rules' suggestions (no-unawaited-client-work's `await`) are the original's own, moved with the code.
    if (!REWRITING_RULES.has(message.ruleId ?? "") || !(message.fix || message.suggestions?.length)) return false;
    const offset = offsetOf(output, message.line, message.column);
    return ranges.some(([start, end]) => offset >= start && offset < end);
  });
  if (again.length > 0) {
    failures.push(`${where}: its output is offered another rewrite (${again.map(key).join(", ")})`);
    count(`${kind}: rewrites its own output again`);
  }
}

function checkRewrite(original: Original, message: Linter.LintMessage, fix: Linter.LintMessage["fix"] & object, kind: string) {
  const { file, text, ast, findings: before } = original;
  count(`${kind}: applied`);
  // Which shapes the rewrite took (read off its text): values flowing out, the `let` form, poolguard's under a new name.
  if (/=\s*await\s+\w*[wW]ith(Client|Transaction)\d*\(/.test(fix.text)) count(`${kind}: applied, values flow out of the callback`);
  if (/^\s*(let\s+\w+[^=]*;?\s*$|\w+\s*=\s*await\b)/.test(text.split("\n")[message.line - 1] ?? "")) count(`${kind}: applied, let form`);
  if (/\bpoolguardWith/.test(fix.text)) count(`${kind}: applied, poolguard's helper under a free name`);
  const output = text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
  const where = `${file}:${message.line}:${message.column} (${kind})`;
  const after = lint(output, file);
  const fatal = after.find((candidate) => candidate.fatal);
  if (fatal) {
    failures.push(`${where}: does not parse: ${fatal.message}`);
    count(`${kind}: fails to parse`);
    return;
  }
  const outputAst = linter.getSourceCode().ast as unknown as TSESTree.Program;
  const mismatch = moduleMismatch(ast, text, outputAst, path.resolve(file));
  if (mismatch) {
    failures.push(`${where}: ${mismatch}`);
    count(`${kind}: wrong module system`);
  }
  checkNoSecondRewrite(after, text, output, where, kind);
  checkTypes(original, output, where, kind);
  if (dump) {
    dumped += 1;
    const extension = path.extname(file);
    writeFileSync(path.join(dump, `${dumped}.a${extension}`), text);
    writeFileSync(path.join(dump, `${dumped}.b${extension}`), output);
    writeFileSync(path.join(dump, `${dumped}.where`), `${where}\n`);
  }
  const counts = { before: countByKey(before), after: countByKey(after) };
  const answered = key(message);
  if ((counts.after.get(answered) ?? 0) >= (counts.before.get(answered) ?? 0)) {
    failures.push(`${where}: the finding ${answered} is still there`);
    count(`${kind}: finding not removed`);
  }
  for (const [name, number] of counts.after) {
    if (number > (counts.before.get(name) ?? 0)) {
      failures.push(`${where}: adds ${name}`);
      count(`${kind}: adds a finding`);
    }
  }
  const hold = holdAt(ast, text, offsetOf(text, message.line, message.column));
  if (!hold) return;
  const moved = movedFollowers(text, output, outputAst, fix.range, hold.followers);
  if (moved.length > 0) {
    failures.push(`${where}: moves ${moved.length} statement(s) that followed the release into the callback`);
    count(`${kind}: moves code after the release`);
  }
  const already = poolUsesInside(ast, text, hold.pool);
  const uses = poolUsesInside(outputAst, output, hold.pool).filter((use) => !already.includes(use));
  if (uses.length > 0) {
    failures.push(`${where}: puts ${uses.join(", ")} inside the callback`);
    count(`${kind}: pool use inside`);
  }
}

/**
 * With --idempotence: ESLint's fix loop over the whole file (every prefer-with-client fix, up to its 10 passes) must
 * end at a fixed point — nothing fixable left, a second run changing nothing and reporting nothing more — and its
 * output must parse and report no finding the original did not (with --typecheck: and add no type error).
 */
function checkFixLoop(original: Original): void {
  const { file, text, findings } = original;
  const first = linter.verifyAndFix(text, config, { filename: file });
  if (!first.fixed) return;
  count("fix loop: files fixed");
  const where = `${file} (fix loop)`;
  if (first.messages.some((message) => message.fatal)) {
    failures.push(`${where}: the fixed file does not parse`);
    count("fix loop: fails to parse");
    return;
  }
  if (first.messages.some((message) => message.fix && message.ruleId?.startsWith("poolguard/"))) {
    failures.push(`${where}: still offers a fix after ESLint's last pass`);
    count("fix loop: no fixed point");
  }
  const second = linter.verifyAndFix(first.output, config, { filename: file });
  if (second.fixed) {
    failures.push(`${where}: a second run of the fix loop changes the file again`);
    count("fix loop: second run changes the file");
  }
  const counts = { before: countByKey(findings), first: countByKey(first.messages), second: countByKey(second.messages) };
  for (const [name, number] of counts.first) {
    if (number > (counts.before.get(name) ?? 0)) {
      failures.push(`${where}: adds ${name}`);
      count("fix loop: adds a finding");
    }
  }
  for (const [name, number] of counts.second) {
    if (number > (counts.first.get(name) ?? 0)) {
      failures.push(`${where}: the second run reports more ${name}`);
      count("fix loop: second run reports more");
    }
  }
  checkTypes(original, first.output, where, "fix loop");
}

function checkFile(file: string): void {
  // ESLint reads a file without its byte-order mark, and its fix ranges count from there: so does every check here.
  const text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  if (!/\.connect\s*\(/.test(text)) return;
  const before = lint(text, file);
  if (before.some((message) => message.fatal || message.ruleId === null)) {
    count("files that do not parse (skipped)");
    return;
  }
  const original: Original = { file, text, ast: linter.getSourceCode().ast as unknown as TSESTree.Program, findings: before };
  count("files linted");
  const reasons = new Map<string, string>();
  for (const message of before) {
    if (message.ruleId !== HARNESS) continue;
    const reason = /^Leak \((.*)\)\.$/s.exec(message.message)?.[1] ?? message.message;
    reasons.set(`${message.line}:${message.column}`, reason);
  }
  for (const message of before) {
    if (message.ruleId === "poolguard/prefer-with-client") {
      count("prefer-with-client: findings");
      if (message.fix) {
        count("prefer-with-client: fix offered");
        checkRewrite(original, message, message.fix, "prefer-with-client fix");
      } else {
        const reason = /\(not fixed automatically: (.*)\)\.$/s.exec(message.message)?.[1] ?? "?";
        count(`prefer-with-client refused: ${reason}`);
        refusals.push(`${file}:${message.line}:${message.column} prefer-with-client: ${reason}`);
      }
    }
    if (message.ruleId === "poolguard/no-leaked-client") {
      count("no-leaked-client: findings");
      const suggestion = message.suggestions?.[0];
      if (suggestion) {
        count("no-leaked-client: suggestion offered");
        checkRewrite(original, message, suggestion.fix, "no-leaked-client suggestion");
      } else {
        const harness = reasons.get(`${message.line}:${message.column}`);
        const reason =
          harness === undefined
            ? "callback or `.then` style, or the checkout is not a statement of its own"
            : harness === "fixable"
              ? `none for a \`${message.messageId}\` finding`
              : harness;
        count(`no-leaked-client refused: ${reason}`);
        refusals.push(`${file}:${message.line}:${message.column} no-leaked-client: ${reason}`);
      }
    }
  }
  if (idempotence) checkFixLoop(original);
}

if (roots.length === 0) {
  console.error(`check-rewrites: no directory to check\n${USAGE}`);
  process.exit(2);
}
const missing = roots.filter((root) => !statSync(root, { throwIfNoEntry: false })?.isDirectory());
if (missing.length > 0) {
  console.error(`check-rewrites: not a directory: ${missing.join(", ")} (give work trees, e.g. extracted with git archive)\n${USAGE}`);
  process.exit(2);
}
for (const root of roots) {
  for (const file of sourceFiles(root)) {
    try {
      checkFile(file);
    } catch (error) {
      failures.push(`${file}: the check itself failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
if (list) for (const refusal of refusals) console.log(`REFUSED ${refusal}`);
for (const failure of failures) console.log(`FAIL ${failure}`);
for (const [name, number] of [...tally].sort()) console.log(`${String(number).padStart(5)}  ${name}`);
const findings = tally.get("no-leaked-client: findings") ?? 0;
const offered = tally.get("no-leaked-client: suggestion offered") ?? 0;
console.log(`share of no-leaked-client findings with a rewrite: ${offered}/${findings} (${findings ? Math.round((100 * offered) / findings) : 0} %)`);
console.log(`check failures: ${failures.length}`);
process.exitCode = failures.length > 0 ? 1 : 0;
