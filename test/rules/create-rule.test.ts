// The rule factory: the docs URL comes from the name, and a rule sees its defaults under whatever options it is
// given — through ESLint's own merge of meta.defaultOptions, and through the factory's merge when a host hands the
// options over as configured (ESLint before 9.15).
import { ESLint, Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { createRule } from "../../src/analysis/create-rule.js";

type Options = [{ importSource?: string; style?: string }];

function probe() {
  const seen: unknown[] = [];
  const rule = createRule<Options, "seen">({
    name: "probe",
    meta: {
      type: "problem",
      docs: { description: "Records its options", recommended: "recommended" },
      messages: { seen: "seen" },
      schema: [
        {
          type: "object",
          properties: { importSource: { type: "string" }, style: { type: "string" } },
          additionalProperties: false,
        },
      ],
      defaultOptions: [{ importSource: "poolguard/runtime", style: "await" }],
    },
    defaultOptions: [{ importSource: "poolguard/runtime", style: "await" }],
    create(_context, options) {
      seen.push(options);
      return {};
    },
  });
  return { rule, seen };
}

function lintWith(ruleOptions: unknown[]) {
  const { rule, seen } = probe();
  new Linter().verify("const x = 1;", [
    { plugins: { t: { rules: { probe: rule as never } } }, rules: { "t/probe": ["error", ...ruleOptions] as never } },
  ]);
  return seen;
}

describe("createRule", () => {
  it("links the rule to its doc by name", () => {
    expect(probe().rule.meta.docs?.url).toBe("https://github.com/poolguard/poolguard/blob/main/docs/rules/probe.md");
  });

  it("gives the defaults when no option is configured", () => {
    expect(lintWith([])).toEqual([[{ importSource: "poolguard/runtime", style: "await" }]]);
  });

  it("keeps the defaults of the keys an option object leaves out", () => {
    expect(lintWith([{ importSource: "#db" }])).toEqual([[{ importSource: "#db", style: "await" }]]);
  });

  it("merges the defaults itself when the host passes the options as configured", () => {
    const { rule, seen } = probe();
    const context = { options: [{ style: "then" }] } as unknown as Parameters<typeof rule.create>[0];
    rule.create(context);
    rule.create({ options: [] } as unknown as Parameters<typeof rule.create>[0]);
    expect(seen).toEqual([[{ importSource: "poolguard/runtime", style: "then" }], [{ importSource: "poolguard/runtime", style: "await" }]]);
  });

  it("merges a configuration's options once, whatever the number of files, and again when they change", async () => {
    const { rule, seen } = probe();
    const eslint = (style: string) =>
      new ESLint({
        overrideConfigFile: true,
        overrideConfig: [
          { plugins: { t: { rules: { probe: rule as never } } }, rules: { "t/probe": ["error", { style }] as never } },
        ],
      });
    const first = eslint("then");
    for (const filePath of ["a.js", "b.js"]) await first.lintText("const x = 1;", { filePath });
    await eslint("callback").lintText("const x = 1;", { filePath: "c.js" });
    expect(seen).toEqual([
      [{ importSource: "poolguard/runtime", style: "then" }],
      [{ importSource: "poolguard/runtime", style: "then" }],
      [{ importSource: "poolguard/runtime", style: "callback" }],
    ]);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).not.toBe(seen[1]);
  });
});
