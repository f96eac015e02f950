#!/usr/bin/env node
// Runs a TypeScript file (bench, scripts) with the same loader as the CLI.
require("tsx/cjs");
const path = require("path");
const file = process.argv[2];
if (!file) {
  console.error("usage: run-ts FILE.ts [args]");
  process.exit(2);
}
process.argv.splice(2, 1);
require(path.resolve(file));
