// Whether a JSDoc type written on the client's declaration names pg's own `PoolClient` — the type withClient gives the
// callback's client. `import("pg").PoolClient`; `X.PoolClient` where `X` is pg's module (`import pg from "pg"`,
// `import * as pg from "pg"`, `const pg = require("pg")`, or a JSDoc `@import * as pg from "pg"`); a bare `PoolClient`
// imported from pg (`import { PoolClient } from "pg"`, `const { PoolClient } = require("pg")`, a JSDoc
// `@import { PoolClient } from "pg"` or `@typedef {import("pg").PoolClient} PoolClient`). rewrite-34: before, any
// `X.PoolClient` and any bare `PoolClient` passed — `@type {db.PoolClient}` of a project's own module, whose client
// type may carry members pg's lacks, lost them in the callback.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import { DefinitionType } from "@typescript-eslint/scope-manager";
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { findVariable } from "../find-variable.js";
import { importedFrom } from "../pools/other-libraries.js";

type Source = Readonly<TSESLint.SourceCode>;

const IMPORTED_PG_CLIENT = /^import\(\s*(["'])pg\1\s*\)\.PoolClient$/;
const MEMBER_CLIENT = /^([A-Za-z_$][\w$]*)\.PoolClient$/;

/** What the file binds `name` to, by scope at `at`: "pg" (its module), "PoolClient" (pg's type), or null (other). */
function boundInScope(source: Source, at: TSESTree.Node, name: string): "pg" | "PoolClient" | null | undefined {
  const identifier = { type: AST_NODE_TYPES.Identifier, name, range: at.range, loc: at.loc } as TSESTree.Identifier;
  const variable = findVariable(source.getScope(at), identifier);
  if (!variable || variable.defs.length === 0) return undefined;
  if (variable.defs.length !== 1) return null;
  const definition = variable.defs[0]!;
  if (importedFrom(definition) !== "pg") return null;
  const node = definition.node;
  if (definition.type === DefinitionType.ImportBinding) {
    if (node.type === AST_NODE_TYPES.ImportDefaultSpecifier || node.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return "pg";
    if (node.type === AST_NODE_TYPES.ImportSpecifier) {
      const imported = node.imported.type === AST_NODE_TYPES.Identifier ? node.imported.name : node.imported.value;
      return imported === "PoolClient" ? "PoolClient" : null;
    }
    return null;
  }
  if (node.type !== AST_NODE_TYPES.VariableDeclarator) return null;
  if (node.id.type === AST_NODE_TYPES.Identifier) return "pg";
  if (node.id.type !== AST_NODE_TYPES.ObjectPattern) return null;
  const property = node.id.properties.find(
    (candidate) => candidate.type === AST_NODE_TYPES.Property && candidate.value.type === AST_NODE_TYPES.Identifier && candidate.value.name === name,
  );
  return property?.type === AST_NODE_TYPES.Property &&
    !property.computed &&
    property.key.type === AST_NODE_TYPES.Identifier &&
    property.key.name === "PoolClient"
    ? "PoolClient"
    : null;
}

/** What a JSDoc `@import`/`@typedef` of the file binds `name` to ("pg", "PoolClient"), or null. */
function boundInJsdoc(source: Source, name: string): "pg" | "PoolClient" | null {
  const escaped = name.replace(/\$/g, "\\$");
  const pgModule = new RegExp(`@import\\s+\\*\\s+as\\s+${escaped}\\s+from\\s+(["'])pg\\1`);
  const namedImport = new RegExp(`@import\\s*\\{[^}]*?\\bPoolClient(?:\\s+as\\s+${escaped})?\\s*[,}][^}]*?from\\s+(["'])pg\\1`);
  const typedef = new RegExp(`@typedef\\s*\\{\\s*import\\(\\s*(["'])pg\\1\\s*\\)\\.PoolClient\\s*\\}\\s*${escaped}(?![\\w$])`);
  for (const comment of source.getAllComments()) {
    if (comment.type !== "Block") continue;
    if (pgModule.test(comment.value)) return "pg";
    if (name === "PoolClient" ? /@import\s*\{[^}]*\bPoolClient\s*[,}][^}]*from\s+(["'])pg\1/.test(comment.value) : namedImport.test(comment.value)) {
      return "PoolClient";
    }
    if (typedef.test(comment.value)) return "PoolClient";
  }
  return null;
}

/** Whether `type` (one member of a JSDoc union, trimmed) names pg's `PoolClient` as the file binds its names at `at`. */
export function namesPgPoolClient(source: Source, at: TSESTree.Node, type: string): boolean {
  if (IMPORTED_PG_CLIENT.test(type)) return true;
  const member = MEMBER_CLIENT.exec(type);
  const name = member ? member[1]! : type;
  if (!member && !/^[A-Za-z_$][\w$]*$/.test(name)) return false;
  const want = member ? "pg" : "PoolClient";
  const bound = boundInScope(source, at, name);
  return (bound === undefined ? boundInJsdoc(source, name) : bound) === want;
}
