// A temporary directory of modules for rule tests that read other files (a project's pool module, its helpers and
// classes): written before the test's cases are linted, removed after the file's tests.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

export interface ScratchModules {
  /** The directory the modules are written to. */
  root: string;
  /** Writes `text` to `relative` under the root, making its directories. */
  write(relative: string, text: string): void;
}

/** A new temporary directory named with `prefix`, removed once the calling test file is done. */
export function scratchModules(prefix: string): ScratchModules {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  return {
    root,
    write(relative, text) {
      const file = path.join(root, relative);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
    },
  };
}
