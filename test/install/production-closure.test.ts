// What a production install of poolguard brings, read from the lockfile (no registry needed): every package npm
// does not mark as dev-only is installed by `npm install poolguard`, and none of them may be the lint toolchain.
// `npm run check:install` checks the same on real installs with npm, pnpm and yarn.
import { readFileSync } from "node:fs";
import path from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/fixture-project.js";
import { LINT_TOOLCHAIN } from "./installed-packages.js";

interface LockPackage {
  dev?: boolean;
  peer?: boolean;
}
const lock = JSON.parse(readFileSync(path.join(repoRoot, "package-lock.json"), "utf8")) as { packages: Record<string, LockPackage> };
const packageJson = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
};

const nameOf = (key: string) => key.slice(key.lastIndexOf("node_modules/") + "node_modules/".length);
const production = Object.entries(lock.packages)
  .filter(([key, entry]) => key !== "" && !entry.dev)
  .map(([key]) => nameOf(key));

describe("production install", () => {
  it("brings no eslint, typescript, typescript-eslint or ts-morph", () => {
    expect(production).toContain("@typescript-eslint/types");
    expect(production.filter((name) => LINT_TOOLCHAIN.includes(name))).toEqual([]);
  });

  it("declares no dependency on the toolchain, and every peer optional", () => {
    expect(Object.keys(packageJson.dependencies).filter((name) => LINT_TOOLCHAIN.includes(name))).toEqual([]);
    for (const peer of Object.keys(packageJson.peerDependencies)) {
      expect(packageJson.peerDependenciesMeta[peer]?.optional, `peer ${peer}`).toBe(true);
    }
  });

  it("puts no upper bound on TypeScript: a project on any TypeScript installs the runtime", () => {
    expect(packageJson.peerDependencies).not.toHaveProperty("typescript");
  });
});

describe("engines", () => {
  const ownMinimum = semver.minVersion((packageJson as unknown as { engines: { node: string } }).engines.node)?.version ?? "";

  it("every locked package runs on poolguard's lowest Node.js, so `npm ci` prints no EBADENGINE warning", () => {
    expect(ownMinimum).toBe("20.19.0");
    const refusing = Object.entries(lock.packages as Record<string, LockPackage & { version?: string; engines?: { node?: string } }>)
      .filter(([, entry]) => entry.engines?.node !== undefined && !semver.satisfies(ownMinimum, entry.engines.node))
      .map(([key, entry]) => `${nameOf(key)}@${entry.version} wants node ${entry.engines?.node}`);
    expect(refusing).toEqual([]);
  });
});
