// What the packed package tells a newcomer, held to the README: every dependency has its reason in the README's
// dependency table. No registry needed.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/fixture-project.js";

const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
const packageJson = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
};

/** The text of a `## ` section of the README, up to the next `## ` heading. */
function section(heading: string): string {
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README.md: no "## ${heading}"`);
  const end = readme.indexOf("\n## ", start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

describe("the README's dependency table", () => {
  // `| \`a\`, \`b\` | why |` rows: the package names in the first cell.
  const rows = section("Dependencies and why each is there")
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .flatMap((line) => [...(line.split("|")[1] ?? "").matchAll(/`([^`]+)`/g)].map((match) => match[1]!));

  it("gives every dependency its reason", () => {
    expect(Object.keys(packageJson.dependencies).filter((name) => !rows.includes(name))).toEqual([]);
  });

  it("names only dependencies and peers", () => {
    const declared = [...Object.keys(packageJson.dependencies), ...Object.keys(packageJson.peerDependencies)];
    expect(rows.filter((name) => !declared.includes(name))).toEqual([]);
  });
});
