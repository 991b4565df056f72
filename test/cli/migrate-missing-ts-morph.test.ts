// Without ts-morph installed, migrate says what to install instead of failing with a module-resolution stack.
import { afterEach, expect, it, vi } from "vitest";
import { run } from "../../src/cli/migrate.js";

vi.mock("ts-morph", () => {
  throw Object.assign(new Error("Cannot find package 'ts-morph'"), { code: "ERR_MODULE_NOT_FOUND" });
});

afterEach(() => {
  vi.restoreAllMocks();
});

it("exits 2 and names the package to install", async () => {
  const errors: string[] = [];
  vi.spyOn(console, "error").mockImplementation((line: unknown) => void errors.push(String(line)));
  expect(await run([import.meta.dirname])).toBe(2);
  expect(errors).toEqual(["poolguard migrate: needs ts-morph, which is not installed; install it with npm install --save-dev ts-morph@28"]);
});
