// The CommonJS entry (package.json "exports" → "require"): `const poolguard = require("poolguard")` in an
// eslint.config.cjs gets the plugin itself, as `import poolguard from "poolguard"` does, not an ES module namespace.
// Node 20.19+ loads the ES module synchronously (require(esm)), so both get the very same plugin object.
"use strict";

module.exports = require("./plugin.js").default;
