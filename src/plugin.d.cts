// Types of the CommonJS entry (src/plugin.cjs): `require("poolguard")` is the plugin itself.
import type { PoolguardPlugin } from "./plugin.js";

declare const plugin: PoolguardPlugin;
export = plugin;
