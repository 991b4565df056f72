// Types of the CommonJS entry (src/plugin.cjs): `require("poolguard")` is the plugin itself.
// plugin.js is an ES module: under `module` node16, TypeScript wants the import's resolution mode said outright.
import type { PoolguardPlugin } from "./plugin.js" with { "resolution-mode": "import" };

declare const plugin: PoolguardPlugin;
export = plugin;
