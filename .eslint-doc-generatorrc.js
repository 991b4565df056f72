// eslint-doc-generator: the rules table in README.md and each docs/rules/*.md header, checked by `npm run docs:check`.
// It loads the built plugin (package.json "exports"), so `docs` and `docs:check` build first.
import { readFileSync } from "node:fs";

// The configs' link goes to the README's plugin section, on the page package.json names as the homepage.
const { homepage } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

/** @type {import("eslint-doc-generator").GenerateOptions} */
const config = {
  pathRuleList: "README.md",
  ruleDocSectionInclude: ["Examples", "Options", "When Not To Use It"],
  urlConfigs: homepage.replace(/#readme$/, "#using-the-eslint-plugin"),
  // every doc has an Options section (typescript-eslint style), also for rules without options
  ruleDocSectionOptions: false,
  ignoreDeprecatedRules: false,
};

export default config;
