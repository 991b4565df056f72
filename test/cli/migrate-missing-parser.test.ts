// With ts-morph installed but not the lint side (eslint, typescript-eslint's parser), migrate says what to install
// instead of failing with a module-resolution message from deep inside the engine.
import { afterEach, expect, it, vi } from "vitest";
import { run } from "../../src/cli/migrate.js";

vi.mock("@typescript-eslint/parser", () => {
  throw Object.assign(new Error("Cannot find package '@typescript-eslint/parser' imported from /app/node_modules/poolguard/dist/src/cli/migrate-engine.js"), {
    code: "ERR_MODULE_NOT_FOUND",
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

it("exits 2 and names what to install", async () => {
  const errors: string[] = [];
  vi.spyOn(console, "error").mockImplementation((line: unknown) => void errors.push(String(line)));
  expect(await run([import.meta.dirname])).toBe(2);
  expect(errors).toEqual([
    "poolguard migrate: needs @typescript-eslint/parser, which is not installed; install the lint side with npm install --save-dev eslint typescript-eslint typescript@~6.0",
  ]);
});
