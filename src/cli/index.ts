#!/usr/bin/env node
console.error("poolguard: no commands yet");
process.exit(2);
