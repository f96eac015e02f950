#!/usr/bin/env node
// The `pmo` command line. Runs the TypeScript sources through tsx so that the CLI, the tests and
// the add-in always run the same code, with no separate build step to forget.
require("tsx/cjs");
require("../src/cli/main.ts");
