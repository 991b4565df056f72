// Per-file state that the rules linting one file share (one pool matcher, one lifetime analysis, the text search's
// finds, the rewrite checks' variable order), held only while that file is being linted.
//
// A WeakMap keyed by the file's SourceCode is the obvious home, but its values reach the SourceCode back (a pool
// matcher closes over the rule context, an analysis over the file's nodes and scopes), and V8's young-generation
// collector treats the values of a WeakMap that lives in old space as roots: such an entry keeps the whole file
// (tokens, AST, scopes) alive through every young-generation collection until the next full one, so each file is
// copied and promoted instead of dying young. Measured on the quick bench corpus (120 generated and sampled files
// plus fixtures), in whole passes with ESLint's own retention taken out (FileContext#extend replaced as in
// bench/lint-any-rule.ts): the parser alone spent ~450 ms per pass in young-generation GC; each of the four rules
// alone, ~550–800 ms through its WeakMap entries; with this slot, each stays within ~30 ms of the parser alone.
//
// ESLint lints a file synchronously, from the rules' `create` to the end of the traversal, so a slot holding the file
// being linted, emptied by a microtask (which runs once that synchronous run is over), holds it no longer than
// ESLint does. Linting several files in one synchronous loop replaces the slot file by file. One microtask empties
// every memo filled in the run: a promise reaction, where `queueMicrotask` builds an async resource for each call
// (measured ~4 ms per bench pass with one call per memo and file).
// The key is the file's SourceCode, or its text where only the text is at hand (a string compares by identity first).
export class FileMemo<T> {
  static readonly #filled = new Set<FileMemo<unknown>>();
  static #emptying: Promise<void> | null = null;

  #file: object | string | undefined;
  #value: T | undefined;

  /** The value stored for this file, if it is the file being linted. */
  get(file: object | string): T | undefined {
    return this.#file === file ? this.#value : undefined;
  }

  set(file: object | string, value: T): void {
    this.#file = file;
    this.#value = value;
    FileMemo.#filled.add(this);
    FileMemo.#emptying ??= Promise.resolve().then(FileMemo.#emptyAll);
  }

  static #emptyAll(this: void): void {
    FileMemo.#emptying = null;
    for (const memo of FileMemo.#filled) {
      memo.#file = undefined;
      memo.#value = undefined;
    }
    FileMemo.#filled.clear();
  }
}
