// `randomUUID()` takes no input and does not throw, so a UUID made between connect() and the try whose finally
// releases is no throw point (Cap-go/capgo's test helpers make the key they insert that way). Recognised: node:crypto's
// `randomUUID` imported or required at the top of the file (`import { randomUUID } from "node:crypto"`, `const {
// randomUUID } = require("crypto")`, aliases included), and `crypto.randomUUID()` (node:crypto's namespace or the Web
// Crypto global). A `randomUUID` the file does not take from crypto is somebody's function and still counts.
import { AST_NODE_TYPES } from "@typescript-eslint/types";
import type { TSESTree } from "@typescript-eslint/utils";
import { programOf } from "../ast-walk.js";
import { memberPropertyName, packageSpecifier, requiredModule, unwrapExpression } from "../node-shapes.js";

const CRYPTO_MODULES = new Set(["crypto", "node:crypto"]);
const METHOD = "randomUUID";

/** Per program: the local names bound to node:crypto's randomUUID at the top level. */
const uuidNames = new WeakMap<TSESTree.Program, ReadonlySet<string>>();

/** `randomUUID()` from node:crypto, or `crypto.randomUUID()`, with no argument that could run code of its own. */
export function isRandomUuidCall(call: TSESTree.CallExpression): boolean {
  if (call.arguments.some((argument) => !isPlainOptions(argument))) return false;
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    const object = unwrapExpression(callee.object);
    return memberPropertyName(callee) === METHOD && object.type === AST_NODE_TYPES.Identifier && object.name === "crypto";
  }
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  const program = programOf(call);
  return program !== null && namesOf(program).has(callee.name);
}

/** `randomUUID({ disableEntropyCache: true })`: an object literal of plain values runs nothing. */
function isPlainOptions(argument: TSESTree.CallExpressionArgument): boolean {
  if (argument.type !== AST_NODE_TYPES.ObjectExpression) return false;
  return argument.properties.every(
    (property) => property.type === AST_NODE_TYPES.Property && !property.computed && property.value.type === AST_NODE_TYPES.Literal,
  );
}

function namesOf(program: TSESTree.Program): ReadonlySet<string> {
  const known = uuidNames.get(program);
  if (known) return known;
  const names = new Set<string>();
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      if (!CRYPTO_MODULES.has(packageSpecifier(statement.source.value))) continue;
      for (const specifier of statement.specifiers) {
        if (specifier.type !== AST_NODE_TYPES.ImportSpecifier) continue;
        const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
        if (imported === METHOD) names.add(specifier.local.name);
      }
    } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) {
        if (declarator.id.type !== AST_NODE_TYPES.ObjectPattern || !declarator.init) continue;
        if (!CRYPTO_MODULES.has(requiredModule(unwrapExpression(declarator.init)) ?? "")) continue;
        for (const property of declarator.id.properties) {
          if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
          const key = property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : null;
          if (key === METHOD && property.value.type === AST_NODE_TYPES.Identifier) names.add(property.value.name);
        }
      }
    }
  }
  uuidNames.set(program, names);
  return names;
}
