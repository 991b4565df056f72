// `randomUUID()` takes no input and does not throw, so a UUID made between connect() and the try whose finally
// releases is no throw point (Cap-go/capgo's test helpers make the key they insert that way). Recognised: node:crypto's
// `randomUUID` imported or required at the top of the file (`import { randomUUID } from "node:crypto"`, `const {
// randomUUID } = require("crypto")`, aliases included), and `crypto.randomUUID()` (node:crypto's namespace or the Web
// Crypto global). A `randomUUID` the file does not take from crypto is somebody's function and still counts.
// Likewise the `uuid` package's `v1()`, `v4()` and `v7()` called with no argument, under any name the file imports or
// requires them as (`import { v4 as uuidv4 } from "uuid"`: Jonkor/task-manager-Postgre makes a task's id that way
// before the try): with no argument they read the clock and random bytes and cannot throw; given options or a buffer
// they may (a buffer too short for the offset is a RangeError), so those calls still count.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { programOf } from "../ast-walk.js";
import { memberPropertyName, packageSpecifier, requiredModule, unwrapExpression } from "../node-shapes.js";

const CRYPTO_MODULES = new Set(["crypto", "node:crypto"]);
const METHOD = "randomUUID";
const UUID_PACKAGE = "uuid";
/** The uuid package's makers that take no input: time-based (v1, v7) and random (v4). */
const UUID_MAKERS = new Set(["v1", "v4", "v7"]);

/** Where a local name comes from: node:crypto's randomUUID, or one of the uuid package's makers. */
type UuidSource = "crypto" | "uuid";

/** Per program: the local names bound at the top level to node:crypto's randomUUID or the uuid package's makers. */
const uuidNames = new WeakMap<TSESTree.Program, ReadonlyMap<string, UuidSource>>();

/**
 * `randomUUID()` from node:crypto, or `crypto.randomUUID()`, with no argument that could run code of its own; or the
 * uuid package's `v4()` (`v1()`, `v7()`) with no argument at all.
 */
export function isRandomUuidCall(call: TSESTree.CallExpression): boolean {
  if (call.arguments.some((argument) => !isPlainOptions(argument))) return false;
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const object = unwrapExpression(callee.object);
    return memberPropertyName(callee) === METHOD && object.type === AST_NODE_TYPES.Identifier && object.name === "crypto";
  }
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  const program = programOf(call);
  const source = program === null ? undefined : namesOf(program).get(callee.name);
  return source === "crypto" || (source === "uuid" && call.arguments.length === 0);
}

/** What a top-level import or require binding of `imported` from `module` makes a local name, if anything. */
function sourceOf(module: string, imported: string | null): UuidSource | null {
  if (imported === METHOD && CRYPTO_MODULES.has(module)) return "crypto";
  if (imported !== null && UUID_MAKERS.has(imported) && module === UUID_PACKAGE) return "uuid";
  return null;
}

/** `randomUUID({ disableEntropyCache: true })`: an object literal of plain values runs nothing. */
function isPlainOptions(argument: TSESTree.CallExpressionArgument): boolean {
  if (argument.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return argument.properties.every(
    (property) => property.type === AST_NODE_TYPES.Property && !property.computed && property.value.type === AST_NODE_TYPES.Literal,
  );
}

function namesOf(program: TSESTree.Program): ReadonlyMap<string, UuidSource> {
  const known = uuidNames.get(program);
  if (known) return known;
  const names = new Map<string, UuidSource>();
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      const module = packageSpecifier(statement.source.value);
      for (const specifier of statement.specifiers) {
        if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) continue;
        const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
        const source = sourceOf(module, imported);
        if (source) names.set(specifier.local.name, source);
      }
    } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) {
        if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern || !declarator.init) continue;
        const module = requiredModule(unwrapExpression(declarator.init));
        if (module === null) continue;
        for (const property of declarator.id.properties) {
          if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
          const key = property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : null;
          const source = sourceOf(module, key);
          if (source && property.value.type === AST_NODE_TYPES.Identifier) names.set(property.value.name, source);
        }
      }
    }
  }
  uuidNames.set(program, names);
  return names;
}
