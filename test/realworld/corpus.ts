// The labelled real-world corpus (see README.md here): finds its cases, reads and checks their headers, lints them
// with `configs.recommended` and scores every case against its label.
import { parseForESLint } from "@typescript-eslint/parser";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { workspaceTargets } from "../../src/analysis/pools/workspace-packages.js";
import plugin from "../../src/plugin.js";
import { lintWithConfig, repositoryRoot, type LintOutcome } from "../plugin/lint-fixtures.js";

export const casesDirectory = path.join("test", "realworld", "cases");
export const knownGapsFile = path.join("test", "realworld", "known-gaps.json");

export const LABELS = ["leak", "safe", "hand-over"] as const;
export type Label = (typeof LABELS)[number];

/** What poolguard does on a case: a leak is caught or missed; a safe or hand-over case is silent or a false alarm. */
export type Outcome = "caught" | "missed" | "silent" | "false alarm";

export interface Header {
  source: string;
  /** `owner/repo` of the source (also for a page on GitHub), or the page's URL otherwise. */
  repository: string;
  label: Label;
  /** `poolguard/<rule>` that must report a leak; undefined when any poolguard finding counts. */
  rule: string | undefined;
  why: string;
}

export interface Case {
  /** Relative to the cases directory: the file, or the directory of a case with several modules. */
  id: string;
  /** The file that holds the acquisition site and the header, relative to the repository. */
  entry: string;
  header: Header;
}

export interface ScoredCase extends Case {
  outcome: Outcome;
  /** "line:rule" for every poolguard finding in the entry file. */
  findings: string[];
  knownGap: string | undefined;
  /** The outcome is the label's, or (for a known gap) still is not. */
  asExpected: boolean;
}

export interface Score {
  cases: ScoredCase[];
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  repositories: number;
  /** Parse errors and rule crashes, as "file:line message". */
  fatal: string[];
  /** The JavaScript files (entries and second modules) whose findings or errors under espree, ESLint's default parser,
   * differ from those under typescript-eslint's parser, as "file: typescript-eslint […] / espree […]". */
  parserDifferences: string[];
}

const LINTED = /\.(ts|js|mjs|cjs)$/;
const ENTRY = /^entry\.(ts|js|mjs|cjs)$/;
const HEADER_LINE = /^\/\/\s*(Source|Label|Rule|Why):\s*(.*)$/;
const REPOSITORY = /^([\w.-]+\/[\w.-]+)\s+—\s+\S/;
const URL = /^https?:\/\/\S+/;
// A page on GitHub (an issue, a pull request, a file) counts as its repository, so that the count stays honest.
const GITHUB_PAGE = /^https:\/\/github\.com\/([\w.-]+\/[\w.-]+)/;

/** Reads the `// Key: value` lines at the top of a case; throws an error naming the case and what is wrong. */
export function parseHeader(text: string, where: string): Header {
  const fields = new Map<string, string>();
  for (const line of text.split("\n")) {
    const match = HEADER_LINE.exec(line.trim());
    if (!match) break;
    const [, key, value] = match as unknown as [string, string, string];
    if (fields.has(key)) throw new Error(`${where}: the header has two "// ${key}:" lines; keep one`);
    fields.set(key, value.trim());
  }
  const required = (key: string): string => {
    const value = fields.get(key);
    if (!value) throw new Error(`${where}: the header has no "// ${key}: …" line; see test/realworld/README.md`);
    return value;
  };
  const source = required("Source");
  const repository = REPOSITORY.exec(source)?.[1] ?? GITHUB_PAGE.exec(source)?.[1] ?? URL.exec(source)?.[0];
  if (!repository) {
    throw new Error(`${where}: "// Source: ${source}" names neither "owner/repo — path" nor a page's URL`);
  }
  const label = required("Label");
  if (!(LABELS as readonly string[]).includes(label)) {
    throw new Error(`${where}: unknown label "${label}"; use one of ${LABELS.join(", ")}`);
  }
  const rule = fields.get("Rule");
  if (rule !== undefined) {
    if (label !== "leak") throw new Error(`${where}: a ${label} case names no "// Rule:"; remove it`);
    const name = rule.replace(/^poolguard\//, "");
    if (!rule.startsWith("poolguard/") || !(name in plugin.rules)) {
      throw new Error(`${where}: "// Rule: ${rule}" is not a poolguard rule (poolguard/<name>)`);
    }
  }
  return { source, repository, label: label as Label, rule, why: required("Why") };
}

/** pg's `connect` and the promisified forms of the pg ≤ 6 module-level `pg.connect(conString, cb)` that code of that
 * era called: Bluebird's `promisifyAll(pg)` adds `connectAsync`, co-pg adds `connectPromise`. */
const CONNECT_NAMES = new Set(["connect", "connectAsync", "connectPromise"]);

/** How many `<receiver>.connect(…)` calls (or `connectAsync(…)`/`connectPromise(…)`: CONNECT_NAMES) the code makes;
 * a case has exactly one. A bare `connect()` is a local function of the case, not an acquisition. A TypeORM runner
 * that connects lazily (its first query takes the connection) has no `connect()`: without one, the
 * `<receiver>.createQueryRunner(…)` calls are the sites. A checkout through a helper imported from a local module (`const client = await getClient()`, `getClient` imported or
 * required from "./db"; `await db.getClient()` on the module, also as a branch of a conditional (`cond ? await
 * db.getClient() : db`); or `getClient(function (err, client, done) { … })`,
 * its callback taking the client) has no `connect()` either: without a connect or a
 * runner, those declarations are the sites. A checkout through a method of an instance the class keeps in a field
 * (`const client = await this.db.getClient()`, the class of `db` declared in another module) has none of these:
 * without any of them, the `const x = await this.<field>.<method>()` declarations, and the same call awaited into a
 * field (`this.dbClient = await this.dataSource.getClient()`), are the sites. A checkout through a method the class
 * inherits from a base class declared in another module (`const client = await this.getClient()`) has none of these
 * either: without any, the `const x = await this.<method>()` declarations are the sites. A checkout dropped by an
 * imported helper called as a statement of its own (`connectToDB();`, `getClient` of "./db") has none of these: without
 * any, those calls are the sites. A helper may come from a workspace package of a monorepo layout (`import { getClient }
 * from "@acme/db"` with a pnpm-workspace.yaml, or a package.json's `workspaces`, in the case directory listing the
 * package whose package.json names it), read as a local module. */
export function countConnectCalls(text: string, file: string): number {
  const { ast } = parseForESLint(text, { filePath: file, loc: true, range: true, sourceType: "module" });
  let count = 0;
  let runners = 0;
  let ormCheckouts = 0;
  const imported = new Set<string>();
  const helperCalls: Array<{ callee: Record<string, unknown> }> = [];
  const droppedCalls: Array<{ callee: Record<string, unknown> }> = [];
  const directory = path.dirname(file);
  const aliases = ["tsconfig.json", "jsconfig.json"].some((name) => existsSync(path.resolve(repositoryRoot, directory, name)));
  // A workspace package of the case's monorepo layout, named by its package name (`@acme/db`): a module of the case.
  const workspace = (specifier: string) => workspaceTargets(path.resolve(repositoryRoot, file), specifier).length > 0;
  const local = (specifier: unknown) =>
    RELATIVE.test(String(specifier)) || (aliases && ALIASED.test(String(specifier))) || (typeof specifier === "string" && workspace(specifier));
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (typeof value !== "object" || value === null) return;
    const node = value as { type?: unknown; callee?: { type: string; property?: { name?: string } } };
    if (node.type === "CallExpression" && node.callee?.type === "MemberExpression") {
      if (CONNECT_NAMES.has(String(node.callee.property?.name))) count += 1;
      if (node.callee.property?.name === "createQueryRunner") runners += 1;
      if (isOrmPoolCheckout(node.callee as Record<string, unknown>)) ormCheckouts += 1;
    }
    noteImportedHelper(value as Record<string, unknown>, imported, helperCalls, local);
    if (node.type === "ExpressionStatement") {
      const statement = (value as { expression?: { type?: string; argument?: unknown } }).expression;
      const call = (statement?.type === "AwaitExpression" ? statement.argument : statement) as { type?: string; callee?: Record<string, unknown> } | undefined;
      if (call?.type === "CallExpression" && call.callee) droppedCalls.push({ callee: call.callee });
    }
    for (const [key, child] of Object.entries(value)) if (key !== "parent" && key !== "loc") visit(child);
  };
  visit(ast);
  if (count > 0) return count;
  if (runners > 0) return runners;
  if (ormCheckouts > 0) return ormCheckouts;
  const throughImport = ({ callee }: { callee: Record<string, unknown> }) => {
    const name = callee.type === "Identifier" ? callee.name : (callee.object as { type?: string; name?: string } | undefined)?.name;
    return typeof name === "string" && imported.has(name);
  };
  const helpers = helperCalls.filter(throughImport).length;
  if (helpers > 0) return helpers;
  const throughFields = helperCalls.filter(({ callee }) => {
    const field = callee.type === "MemberExpression" ? (callee.object as { type?: string; object?: { type?: string } }) : null;
    return field?.type === "MemberExpression" && field.object?.type === "ThisExpression";
  }).length;
  if (throughFields > 0) return throughFields;
  // `const client = await this.getClient()`: a checkout method the class inherits from a base class in another module.
  const inherited = helperCalls.filter(({ callee }) => callee.type === "MemberExpression" && (callee.object as { type?: string }).type === "ThisExpression").length;
  if (inherited > 0) return inherited;
  // `connectToDB();`: an imported helper called as a statement of its own, its checkout dropped.
  return droppedCalls.filter(throughImport).length;
}

/** A checkout from an ORM's own pool rather than a pg Pool: knex's `knex.client.acquireConnection()`, Sequelize's
 * `connectionManager.getConnection(…)` (`sequelize.connectionManager` or a variable named `connectionManager`). */
function isOrmPoolCheckout(callee: Record<string, unknown>): boolean {
  const property = (callee.property as { name?: string } | undefined)?.name;
  const object = callee.object as { type?: string; name?: string; property?: { name?: string } } | undefined;
  const objectName = object?.type === "Identifier" ? object.name : object?.type === "MemberExpression" ? object.property?.name : undefined;
  if (property === "acquireConnection") return objectName === "client";
  return property === "getConnection" && objectName === "connectionManager";
}

const RELATIVE = /^\.\.?\//;
/** A tsconfig `paths` alias of the project root (`@/lib/db`, `~/db`, as in Next.js) or SvelteKit's `$lib/db`: a project
 * module only in a case directory whose own tsconfig.json or jsconfig.json declares the paths. */
const ALIASED = /^(?:[@~]|\$lib)\//;

/** Records the names a relative import or require binds, the `const x = await f()` / `await m.f()` declarations and
 * the calls `f(function (err, client, …) { … })` of a callback-style helper. */
function noteImportedHelper(
  node: Record<string, unknown>,
  imported: Set<string>,
  helperCalls: Array<{ callee: Record<string, unknown> }>,
  isLocal: (specifier: unknown) => boolean,
): void {
  const local = (pattern: unknown): void => {
    const shape = pattern as { type?: string; name?: string; properties?: Array<{ value?: unknown }> };
    if (shape.type === "Identifier" && shape.name) imported.add(shape.name);
    if (shape.type === "ObjectPattern") for (const property of shape.properties ?? []) local(property.value);
  };
  if (node.type === "ImportDeclaration" && isLocal((node.source as { value?: unknown }).value)) {
    for (const specifier of node.specifiers as Array<{ local: unknown }>) local(specifier.local);
  }
  // A callback-style helper (`getClient(function (err, client, done) { … })`): the callback takes the client.
  const args = node.arguments as Array<{ type?: string; params?: unknown[] }> | undefined;
  const last = node.type === "CallExpression" ? args?.[args.length - 1] : undefined;
  if (
    (last?.type === "FunctionExpression" || last?.type === "ArrowFunctionExpression") &&
    (last.params?.length ?? 0) >= 2 &&
    (node.callee as { type?: string }).type === "Identifier"
  ) {
    helperCalls.push({ callee: node.callee as Record<string, unknown> });
  }
  // `this.dbClient = await this.dataSource.getClient()` (entity-core's Context): a lazy checkout kept in a field.
  if (node.type === "AssignmentExpression" && node.operator === "=") {
    const awaited = node.right as { type?: string; argument?: { type?: string; callee?: Record<string, unknown> } } | undefined;
    const call = awaited?.type === "AwaitExpression" ? awaited.argument : null;
    if (call?.type === "CallExpression" && call.callee?.type === "MemberExpression") helperCalls.push({ callee: call.callee });
  }
  if (node.type !== "VariableDeclarator") return;
  const init = node.init as { type?: string; callee?: { type?: string; name?: string }; arguments?: Array<{ value?: unknown }>; argument?: unknown } | null;
  const required = init?.type === "MemberExpression" ? (init as { object?: typeof init }).object : init;
  if (required?.type === "CallExpression" && required.callee?.name === "require" && isLocal(required.arguments?.[0]?.value)) local(node.id);
  // `const client = db.pools_connections ? await db.getClient() : db` (saltcorn): a branch of a conditional checks out.
  const branches = init?.type === "ConditionalExpression" ? [(init as { consequent?: unknown }).consequent, (init as { alternate?: unknown }).alternate] : [init];
  for (const branch of branches) {
    const awaited = branch as { type?: string; argument?: { type?: string; callee?: Record<string, unknown> } } | null | undefined;
    const call = awaited?.type === "AwaitExpression" ? awaited.argument : null;
    if (call?.type === "CallExpression" && call.callee) helperCalls.push({ callee: call.callee });
  }
}

/** Every case under the cases directory, in path order, and one message per malformed case. */
export function discoverCases(): { cases: Case[]; errors: string[] } {
  const root = path.join(repositoryRoot, casesDirectory);
  const cases: Case[] = [];
  const errors: string[] = [];
  for (const kind of readdirSync(root).sort()) {
    for (const name of readdirSync(path.join(root, kind)).sort()) {
      const id = path.join(kind, name);
      const absolute = path.join(root, id);
      let entry: string;
      if (statSync(absolute).isDirectory()) {
        const entries = readdirSync(absolute).filter((file) => ENTRY.test(file));
        if (entries.length !== 1) {
          errors.push(`${id}: a case directory holds one entry.{ts,js,mjs,cjs}, found ${entries.length}`);
          continue;
        }
        entry = path.join(casesDirectory, id, entries[0] as string);
      } else if (LINTED.test(name)) {
        entry = path.join(casesDirectory, id);
      } else {
        errors.push(`${id}: not a case (a .ts/.js/.mjs/.cjs file or a directory with an entry file)`);
        continue;
      }
      try {
        const text = readFileSync(path.join(repositoryRoot, entry), "utf8");
        const header = parseHeader(text, id);
        const connects = countConnectCalls(text, entry);
        if (connects !== 1) {
          errors.push(`${id}: the entry file has ${connects} connect() calls; a case has exactly one acquisition site`);
          continue;
        }
        cases.push({ id, entry, header });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        errors.push(message.startsWith(`${id}:`) ? message : `${id}: cannot be parsed: ${message}`);
      }
    }
  }
  return { cases, errors };
}

/** known-gaps.json: case id → why poolguard gets that case wrong today. */
export function readKnownGaps(): Record<string, string> {
  const file = path.join(repositoryRoot, knownGapsFile);
  if (!existsSync(file)) return {};
  const gaps = JSON.parse(readFileSync(file, "utf8")) as unknown;
  if (typeof gaps !== "object" || gaps === null || Array.isArray(gaps)) {
    throw new Error(`${knownGapsFile}: expected an object { "<case id>": "why" }`);
  }
  return gaps as Record<string, string>;
}

function outcomeOf(header: Header, findings: string[]): Outcome {
  if (header.label === "leak") {
    const counted = header.rule ? findings.filter((finding) => finding.endsWith(`:${header.rule}`)) : findings;
    return counted.length > 0 ? "caught" : "missed";
  }
  return findings.length > 0 ? "false alarm" : "silent";
}

export function matchesLabel(outcome: Outcome): boolean {
  return outcome === "caught" || outcome === "silent";
}

/** Lints every case with `configs.recommended` and scores it: typescript-eslint's parser for every file (as a project
 * whose config spreads typescript-eslint's for all files). Then lints the JavaScript files again the way README's
 * eslint.config.mjs does (the parser set for TypeScript files only, so espree reads `.js`, `.mjs`, `.cjs`) and lists
 * every file whose findings differ: a plain-JavaScript project must get the same findings. */
export async function scoreCorpus(cases: Case[], knownGaps: Record<string, string>): Promise<Score> {
  const outcomes = await lintWithConfig("recommended", [`${casesDirectory}/`]);
  const fatal = [...outcomes.values()].flatMap((outcome) => outcome.fatal);
  const javascript = ["js", "mjs", "cjs"].map((extension) => `${casesDirectory}/**/*.${extension}`);
  const underEspree = await lintWithConfig("recommended", javascript, undefined, "espree");
  const parserDifferences = [...underEspree].flatMap(([file, espree]) => {
    const typescript = outcomes.get(file);
    const shown = (outcome: LintOutcome | undefined) => `[${[...(outcome?.findings ?? []), ...(outcome?.fatal ?? [])].join(", ")}]`;
    return shown(typescript) === shown(espree) ? [] : [`${file}: typescript-eslint ${shown(typescript)} / espree ${shown(espree)}`];
  });
  const scored = cases.map((entry): ScoredCase => {
    const findings = outcomes.get(entry.entry)?.findings;
    if (!findings) throw new Error(`${entry.entry} was not linted; is it ignored?`);
    const outcome = outcomeOf(entry.header, findings);
    const knownGap = knownGaps[entry.id];
    return { ...entry, outcome, findings, knownGap, asExpected: matchesLabel(outcome) === (knownGap === undefined) };
  });
  const count = (outcome: Outcome) => scored.filter((entry) => entry.outcome === outcome).length;
  const [tp, fp, fn, tn] = [count("caught"), count("false alarm"), count("missed"), count("silent")];
  return {
    cases: scored,
    tp,
    fp,
    fn,
    tn,
    precision: tp / (tp + fp),
    recall: tp / (tp + fn),
    repositories: new Set(cases.map((entry) => entry.header.repository)).size,
    fatal,
    parserDifferences,
  };
}
