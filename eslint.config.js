// The project's own lint: typescript-eslint's recommended rules everywhere, eslint-plugin-eslint-plugin on the rules.
import eslintPlugin from "eslint-plugin-eslint-plugin";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "fixtures/", "coverage/", "tmp/", "test/realworld/cases/"] },
  ...tseslint.configs.recommended,
  {
    files: ["rules/**/*.ts"],
    ...eslintPlugin.configs.recommended,
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);
