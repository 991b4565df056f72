// The at-large subset tools: which repositories lint.ts lints from a `--repos` list (repo-set.ts chooseRepositories)
// and which two findings files are compared on (comparedRepositories) — the session-24 machine had 200 of the 566
// mirrors, and a diff of a 200-repository run against the full baseline must not read the other 366 as "gone".
import { describe, expect, it } from "vitest";
import {
  chooseRepositories,
  comparedRepositories,
  lintedRepositories,
  readListWords,
} from "./repo-set.js";

const listed = [
  { repo: "a/one", commit: "1111111" },
  { repo: "b/Two", commit: "2222222" },
  { repo: "c/three", commit: "3333333" },
];

describe("readListWords", () => {
  it("reads the words of each line, without comments and blank lines", () => {
    const text = "# a comment\na/one 1111111 356\n\n  b/Two 2222222 # trailing\n#c/three 3333333\n";
    expect(readListWords(text)).toEqual([["a/one", "1111111", "356"], ["b/Two", "2222222"]]);
  });
});

describe("chooseRepositories", () => {
  it("keeps repos.txt's order and commit, matching names without regard to case", () => {
    const { chosen, unknown } = chooseRepositories(listed, ["c/three", "b/two"]);
    expect(chosen).toEqual([listed[1], listed[2]]);
    expect(unknown).toEqual([]);
  });

  it("names what repos.txt does not list, once each", () => {
    const { chosen, unknown } = chooseRepositories(listed, ["a/one", "x/typo", "x/typo"]);
    expect(chosen).toEqual([listed[0]]);
    expect(unknown).toEqual(["x/typo"]);
  });
});

describe("lintedRepositories", () => {
  it("reads the header's list, and nothing from an older header or a malformed one", () => {
    expect(lintedRepositories({ linted: ["a/one", "b/Two"] })).toEqual(["a/one", "b/Two"]);
    expect(lintedRepositories({ repositories: 566 })).toBeUndefined();
    expect(lintedRepositories({ linted: ["a/one", 2] })).toBeUndefined();
  });
});

describe("comparedRepositories", () => {
  it("compares the repositories both runs linted", () => {
    expect(comparedRepositories(["a/one", "b/Two"], ["b/Two", "c/three"])).toEqual(new Set(["b/Two"]));
  });

  it("takes a run without a list to have linted all the other run linted", () => {
    expect(comparedRepositories(undefined, ["b/Two"])).toEqual(new Set(["b/Two"]));
    expect(comparedRepositories(["a/one"], undefined)).toEqual(new Set(["a/one"]));
  });

  it("compares everything when neither run names its repositories", () => {
    expect(comparedRepositories(undefined, undefined)).toBeUndefined();
  });

  it("narrows to a --repos list, also when neither run names its repositories", () => {
    expect(comparedRepositories(["a/one", "b/Two"], ["a/one", "b/Two"], ["b/Two", "x/other"])).toEqual(
      new Set(["b/Two"]),
    );
    expect(comparedRepositories(undefined, undefined, ["b/Two"])).toEqual(new Set(["b/Two"]));
  });
});
