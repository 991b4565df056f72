// eslint-doc-generator: the rules table in README.md and each docs/rules/*.md header, checked by `npm run docs:check`.
// It loads the built plugin (package.json "exports"), so `docs` and `docs:check` build first.
/** @type {import("eslint-doc-generator").GenerateOptions} */
const config = {
  pathRuleList: "README.md",
  ruleDocSectionInclude: ["Examples", "Options", "When Not To Use It"],
  urlConfigs: "https://github.com/poolguard/poolguard#using-the-eslint-plugin",
  // every doc has an Options section (typescript-eslint style), also for rules without options
  ruleDocSectionOptions: false,
  ignoreDeprecatedRules: false,
};

export default config;
