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
    // What the published code may load at run time: these are devDependencies or optional peers, so a value import
    // would crash a production install (types are erased and fine).
    files: ["src/**/*.ts", "rules/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: ["@typescript-eslint/utils", "typescript", "@eslint-community/eslint-utils"].map((name) => ({
            name,
            allowTypeImports: true,
            message: "a devDependency: import its types only (`import type`), values from @typescript-eslint/types or scope-manager.",
          })),
        },
      ],
    },
  },
  // CommonJS files (the `require` entry) have no other way to load a module.
  { files: ["**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);
