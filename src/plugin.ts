// Placeholder until the rules land: the plugin object with no rules.
const plugin = {
  meta: { name: "poolguard", version: "0.1.0" },
  rules: {},
  configs: {},
};

export default plugin;
