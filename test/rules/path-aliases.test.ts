// The reader of tsconfig.json / jsconfig.json behind the `paths` aliases (src/analysis/pools/path-aliases.ts): JSON
// with comments and trailing commas, read as TypeScript reads it, where a string's text is never mistaken for the
// syntax around it; anything that does not parse declares no alias.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { aliasTargets, parseConfigText } from "../../src/analysis/pools/path-aliases.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-path-aliases-");

describe("parseConfigText", () => {
  it("keeps a string that holds a comma before a closing brace or bracket", () => {
    // A trailing comma is the syntax's, not a string's: `"x,}"` stays `x,}`.
    expect(parseConfigText(`{ "a": "x,}", "b": ["y,]", "z",], }`)).toEqual({ a: "x,}", b: ["y,]", "z"] });
  });

  it("reads comments holding quotes, and strings holding comment marks", () => {
    const text = `{\n  // the "root" alias, don't move it\n  /* a "block" comment */ "paths": { "@/*": ["./*"], },\n  "url": "http://example.com/*x*/",\n}\n`;
    expect(parseConfigText(text)).toEqual({ paths: { "@/*": ["./*"] }, url: "http://example.com/*x*/" });
  });

  it("answers null for text that does not parse, even where a value could be recovered", () => {
    expect(parseConfigText(`{ "compilerOptions": { "paths": { "@/*": ["./*"] } `)).toBeNull();
    expect(parseConfigText(`{ "a": 1 "b": 2 }`)).toBeNull();
    expect(parseConfigText("")).toBeNull();
  });
});

describe("aliasTargets", () => {
  it("resolves a target whose directory name holds a comma and a bracket", () => {
    write("odd/tsconfig.json", `{ "compilerOptions": { "paths": { "@/*": ["./src,]/*"], }, }, }\n`);
    expect(aliasTargets(path.join(root, "odd", "route.ts"), "@/lib/db")).toEqual([path.join(root, "odd", "src,]", "lib", "db")]);
  });
});
