#!/usr/bin/env node
// `poolguard <command>`: each command lives in its own module, loaded only when asked for (migrate pulls in
// ts-morph and TypeScript, which nobody running `stress` should pay for).
type CommandModule = { run(argv: string[]): Promise<number> };

const commands: Record<string, () => Promise<CommandModule>> = {
  stress: () => import("./stress.js"),
  migrate: () => import("./migrate.js"),
  demo: () => import("./demo.js"),
};

const usage = `usage: poolguard <command> [options]

commands:
  stress    load-test an endpoint and watch the pools through /readyz
  migrate   rewrite manual connect()/release() blocks to withClient (dry run unless --write)
  demo      a leak caught by the linter and by the monitor, end to end

run "poolguard <command> --help" for a command's options`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h") {
    console.log(usage);
    return name === undefined ? 2 : 0;
  }
  const load = commands[name];
  if (!load) {
    console.error(`poolguard: unknown command "${name}"; expected one of: ${Object.keys(commands).join(", ")}`);
    return 2;
  }
  const command = await load();
  return command.run(rest);
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
