import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Tests start the CLI under tsx; its compile cache would be left in the temporary folder.
    env: { TSX_DISABLE_CACHE: "1" },
  },
});
