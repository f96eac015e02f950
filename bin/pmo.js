#!/usr/bin/env node
// The `pmo` command line. Runs the TypeScript sources through tsx so that the CLI, the tests and
// the add-in always run the same code, with no separate build step to forget.
//
// V8 lets the heap grow to about four times what is live before it collects; a 100,000-milestone
// convert then peaked at 8 GB with 2 GB live. Growth capped at twice the live heap keeps it near
// 5 GB for a few percent more time (docs/performance.md). Set before anything is allocated.
// bench/spawn.ts (HEAP_GROWTH) gives the benchmark's command-line cases the same flag.
require("v8").setFlagsFromString("--heap-growing-percent=100");
require("tsx/cjs");
require("../src/cli/main.ts");
