// Step 1 of the demo: lint the demo app with poolguard's recommended config through ESLint's API, the way a
// project's own lint run would, and keep the findings as repository-relative file:line.
import { relative } from "node:path";
import type { Linter } from "eslint";

export interface StaticFinding {
  /** Relative to the repository, with forward slashes. */
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

export async function lintDemoApp(root: string, dir: string): Promise<StaticFinding[]> {
  // Loaded here rather than at the top: `poolguard stress` shares this CLI and should not pay for ESLint.
  const [{ ESLint }, tsParser, { default: poolguard }] = await Promise.all([
    import("eslint"),
    import("@typescript-eslint/parser"),
    import("../plugin.js"),
  ]);
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ["**/*.ts"], languageOptions: { parser: tsParser as Linter.Parser } },
      poolguard.configs.recommended as Linter.Config,
    ],
  });
  const results = await eslint.lintFiles([`${relative(root, dir).split("\\").join("/")}/**/*.ts`]);
  const findings: StaticFinding[] = [];
  for (const result of results) {
    for (const message of result.messages) {
      if (message.fatal) {
        throw new Error(`poolguard demo: ${relative(root, result.filePath)} does not parse: ${message.message}`);
      }
      if (!message.ruleId) continue;
      findings.push({
        file: relative(root, result.filePath).split("\\").join("/"),
        line: message.line,
        column: message.column,
        rule: message.ruleId,
        message: message.message,
      });
    }
  }
  return findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
