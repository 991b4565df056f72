// Type-aware answer to "does this call return a promise?", for helpers the file does not declare itself.
// Only types are imported from TypeScript, so a syntactic run never loads it.
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { typeServices } from "../pools/pool-types.js";

/** A predicate telling whether an expression's type is thenable, or null when the file has no type information. */
export function createThenableCheck(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
): ((node: TSESTree.Node) => boolean) | null {
  const services = typeServices(context);
  if (!services) return null;
  const checker = services.program.getTypeChecker();
  return (node) => {
    try {
      const type = services.getTypeAtLocation(node);
      const parts = type.isUnion() ? type.types : [type];
      return parts.some((part) => {
        const then = checker.getPropertyOfType(part, "then");
        return then !== undefined && checker.getSignaturesOfType(checker.getTypeOfSymbol(then), 0).length > 0;
      });
    } catch {
      return false;
    }
  };
}
