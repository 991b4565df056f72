#!/usr/bin/env node
// Placeholder dispatcher until the commands land.
const [command] = process.argv.slice(2);
if (command === "demo") {
  console.log("poolguard demo: the demo is being built; run `npm test` for now.");
  process.exit(0);
}
console.error(`poolguard: unknown command ${JSON.stringify(command ?? "")}; commands: stress, migrate, demo`);
process.exit(2);
