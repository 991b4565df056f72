#!/usr/bin/env node
// `poolguard <command>`: each command lives in its own module, loaded only when asked for (migrate pulls in
// ts-morph and TypeScript, which nobody running `stress` should pay for).
import { demoRoot, packageVersion } from "./package-root.js";

type CommandModule = { run(argv: string[]): Promise<number> };

interface Command {
  summary: string;
  load(): Promise<CommandModule>;
}

const commands: Record<string, Command> = {
  stress: { summary: "load-test an endpoint and watch the pools through /readyz", load: () => import("./stress.js") },
  migrate: {
    summary: "rewrite manual connect()/release() blocks to withClient (dry run unless --write)",
    load: () => import("./migrate.js"),
  },
  demo: { summary: "a leak caught by the linter and by the monitor, end to end (in a checkout)", load: () => import("./demo.js") },
};

/** The demo runs from a checkout of the repository only: an installed package does not offer it. */
const available = (name: string) => name !== "demo" || demoRoot() !== undefined;

function usage(): string {
  const names = Object.keys(commands).filter(available);
  const width = Math.max(...names.map((name) => name.length));
  return `usage: poolguard <command> [options]

commands:
${names.map((name) => `  ${name.padEnd(width)}   ${commands[name]?.summary}`).join("\n")}

  poolguard help <command>, poolguard <command> --help   a command's options
  poolguard --version                                     the installed version`;
}

function unknownCommand(name: string): number {
  const names = Object.keys(commands).filter(available);
  const demo =
    name === "demo" ? "; the demo runs from a checkout of the poolguard repository (git clone, then npm ci && npm run demo)" : "";
  console.error(`poolguard: unknown command "${name}"${demo}; expected one of: ${names.join(", ")}`);
  return 2;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    console.error(usage());
    return 2;
  }
  if (name === "--help" || name === "-h" || (name === "help" && rest.length === 0)) {
    console.log(usage());
    return 0;
  }
  if (name === "--version" || name === "-v" || name === "version") {
    console.log(packageVersion());
    return 0;
  }
  if (name === "help") return main([rest[0] ?? "", "--help"]);
  const command = commands[name];
  if (!command || !available(name)) return unknownCommand(name);
  return (await command.load()).run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`poolguard: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
