// The fenced code blocks of a Markdown file, and the commands of a shell block, for the test that holds every block
// of the README to what the package really does (code-blocks.test.ts).

export interface CodeBlock {
  /** The fence's language tag ("" when it has none). */
  lang: string;
  /** The block's text, its fence's indentation removed. */
  text: string;
  /** The 1-based line of the opening fence. */
  line: number;
  /** The `## ` heading the block sits under. */
  section: string;
}

export function codeBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.split("\n");
  const blocks: CodeBlock[] = [];
  let section = "";
  for (let index = 0; index < lines.length; index++) {
    const heading = /^## (.*)/.exec(lines[index]!);
    if (heading) section = heading[1]!;
    const open = /^( *)```(\S*)\s*$/.exec(lines[index]!);
    if (!open) continue;
    const [, indent = "", lang = ""] = open;
    const body: string[] = [];
    let end = index + 1;
    while (end < lines.length && lines[end] !== `${indent}\`\`\``) body.push(lines[end++]!.slice(indent.length));
    if (end === lines.length) throw new Error(`line ${index + 1}: a code fence that is never closed`);
    blocks.push({ lang, text: `${body.join("\n")}\n`, line: index + 1, section });
    index = end;
  }
  return blocks;
}

/** The commands of a shell block: one per line or `&&`, comments dropped, each split into words. */
export function shellCommands(script: string): string[][] {
  return script
    .split("\n")
    .map((line) => line.replace(/(^|\s)#.*$/, "").trim())
    .filter((line) => line !== "")
    .flatMap((line) => line.split("&&"))
    .map((command) => command.trim().split(/\s+/));
}
