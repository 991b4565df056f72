// The query text a leak line may carry (LeakEvent.abandonedQuery.text): constants never reach the logs.
import { describe, expect, it } from "vitest";
import { elidedQueryText } from "../../src/runtime/abandoned-query.js";

describe("elidedQueryText", () => {
  it("elides quoted strings, doubled quotes and unterminated ones", () => {
    expect(elidedQueryText("SELECT * FROM users WHERE email = 'a@b.c' AND note = 'it''s'")).toBe(
      "SELECT * FROM users WHERE email = '…' AND note = '…'",
    );
    expect(elidedQueryText("SELECT 'never closed")).toBe("SELECT '…'");
  });

  it("elides numbers but keeps placeholders and digits inside names", () => {
    expect(elidedQueryText("UPDATE t2 SET a = 42, b = $1 WHERE id = 7.5 AND x = .5 AND y = 1e3")).toBe(
      "UPDATE t2 SET a = …, b = $1 WHERE id = … AND x = … AND y = …",
    );
  });

  it("elides dollar-quoted bodies, tagged or not", () => {
    expect(elidedQueryText("SELECT $tag$card 4111$tag$, $$secret$$")).toBe("SELECT $$…$$, $$…$$");
  });

  it("collapses white space and keeps the first 60 characters, after eliding", () => {
    const long = `SELECT ${"col, ".repeat(30)} 'x'`;
    const text = elidedQueryText(long);
    expect(text).toHaveLength(61);
    expect(text.endsWith("…")).toBe(true);
    expect(elidedQueryText("SELECT\n\t1")).toBe("SELECT …");
  });
});
