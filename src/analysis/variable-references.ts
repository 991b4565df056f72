// Facts about a variable's references that several questions ask of the same variable. A variable's references grow
// with the file (a module-level `pool` or an imported `withClient` is named in every function that uses it), so a
// question asked once per use that scans them all costs the square of the file's size: the answer is read once per
// variable instead. The scope analysis is complete before the rules run, so an answer cannot go stale. An answer
// that holds nodes is kept for the file being linted only (file-memo.ts says why). A variable with few references
// (most of them, in most files) is read directly: a memo's lookup would cost more than the scan.
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { FileMemo } from "./file-memo.js";

type Variable = TSESLint.Scope.Variable;

/** Fewer references than this are scanned again at each question. */
const FEW = 32;

const writtenAgain = new WeakMap<Variable, boolean>();

/** Some reference assigns `variable` after its declaration (`x = …`, `x++`, `[x] = …`; its initialiser is not one). */
export function isWrittenAgain(variable: Variable): boolean {
  if (variable.references.length < FEW) return writesAgain(variable);
  let answer = writtenAgain.get(variable);
  if (answer === undefined) {
    answer = writesAgain(variable);
    writtenAgain.set(variable, answer);
  }
  return answer;
}

const writesAgain = (variable: Variable): boolean => variable.references.some((reference) => reference.isWrite() && !reference.init);

const referenceIdentifiers = new FileMemo<Map<Variable, ReadonlySet<TSESTree.Node>>>();

/** `identifier` is one of `variable`'s references (the scope analysis resolved it to that variable). */
export function isReferenceOf(sourceCode: Readonly<TSESLint.SourceCode>, variable: Variable, identifier: TSESTree.Node): boolean {
  if (variable.references.length < FEW) return variable.references.some((reference) => reference.identifier === identifier);
  let byVariable = referenceIdentifiers.get(sourceCode);
  if (!byVariable) {
    byVariable = new Map();
    referenceIdentifiers.set(sourceCode, byVariable);
  }
  let identifiers = byVariable.get(variable);
  if (!identifiers) {
    identifiers = new Set(variable.references.map((reference) => reference.identifier));
    byVariable.set(variable, identifiers);
  }
  return identifiers.has(identifier);
}
