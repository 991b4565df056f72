// Type-aware pool judgement: the checker's answer for expressions whose names and definitions say nothing.
// Only types are imported from TypeScript, so a syntactic run never loads it.
import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from "@typescript-eslint/utils";
import type * as ts from "typescript";
import { warnOnce } from "./pool-settings.js";

/**
 * The parser's type services, or null without them. Not ESLintUtils.getParserServices: that throws for a parser
 * other than typescript-eslint's (espree on .js files), and a rule must never crash ESLint.
 */
export function typeServices(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
): ParserServicesWithTypeInformation | null {
  const services = context.sourceCode.parserServices as Partial<ParserServicesWithTypeInformation> | undefined;
  if (!services?.program || typeof services.getTypeAtLocation !== "function") return null;
  return services as ParserServicesWithTypeInformation;
}

/** Where `Pool` must be declared to be node-postgres' Pool (paths normalised to forward slashes). */
const PG_DECLARATION_PATHS = [/\/node_modules\/@types\/pg\//, /\/node_modules\/pg\//, /\/node_modules\/(@types\/)?pg-pool\//];

/** The checker's answers: whether an expression's type is a pg pool (a union containing one counts), and `whole`:
 * whether its type is one, not in a union — what a parameter typed pg's `Pool` accepts. */
export type TypedPoolCheck = ((node: TSESTree.Node) => boolean) & { whole(node: TSESTree.Node): boolean };

/**
 * A predicate asking the checker whether an expression's type is a pg Pool (or one of `poolTypes`), or null when
 * the file has no type information.
 */
export function createTypedPoolCheck(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  poolTypes: ReadonlySet<string>,
): TypedPoolCheck | null {
  const services = typeServices(context);
  if (!services) {
    // projectService set and still no types: the parser ignored it (@typescript-eslint/parser 7 does, and typed
    // recommended-type-checked then reads no types without a word); telling the user to set it would mislead.
    const parserOptions = (context.languageOptions as Partial<typeof context.languageOptions> | undefined)?.parserOptions;
    warnOnce(
      parserOptions?.["projectService"]
        ? "poolguard: settings.poolguard.typeAware is true and parserOptions.projectService is set, but the parser " +
            "gives no type information (it ignores projectService: @typescript-eslint/parser 7 or older, or not a " +
            "TypeScript parser); pools are judged by syntax alone. Use typescript-eslint 8's parser (tseslint.parser)."
        : "poolguard: settings.poolguard.typeAware is true but the parser gives no type information; pools are judged " +
            "by syntax alone. Set languageOptions.parserOptions.projectService: true (recommended-type-checked does).",
    );
    return null;
  }
  const checker = services.program.getTypeChecker();
  const seen = new Map<ts.Type, boolean>();

  const isPoolSymbol = (symbol: ts.Symbol | undefined): boolean => {
    if (!symbol) return false;
    const name = symbol.getName();
    if (poolTypes.has(name)) return true;
    if (name !== "Pool") return false;
    return (symbol.getDeclarations() ?? []).some((declaration) => {
      const file = declaration.getSourceFile().fileName.replace(/\\/g, "/");
      return PG_DECLARATION_PATHS.some((pattern) => pattern.test(file));
    });
  };

  const isPoolType = (type: ts.Type, depth: number): boolean => {
    const known = seen.get(type);
    if (known !== undefined) return known;
    seen.set(type, false); // a recursive base type ends here
    let answer = false;
    if (type.isUnion()) {
      // `Pool | undefined`, `Pool | null`: the pool part decides
      answer = type.types.some((part) => isPoolType(part, depth + 1));
    } else if (isPoolSymbol(type.aliasSymbol) || isPoolSymbol(type.getSymbol())) {
      answer = true;
    } else if (depth < 5 && type.isClassOrInterface()) {
      // `class Db extends Pool` is a pool too
      answer = checker.getBaseTypes(type).some((base) => isPoolType(base, depth + 1));
    }
    seen.set(type, answer);
    return answer;
  };

  const answer = (node: TSESTree.Node, whole: boolean): boolean => {
    try {
      const type = services.getTypeAtLocation(node);
      return !(whole && type.isUnion()) && isPoolType(type, 0);
    } catch {
      // A node the checker cannot map (synthesised code, a parser mismatch): say nothing rather than crash.
      return false;
    }
  };
  return Object.assign((node: TSESTree.Node) => answer(node, false), { whole: (node: TSESTree.Node) => answer(node, true) });
}
