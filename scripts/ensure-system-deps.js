#!/usr/bin/env node
/*
 * Runs before `npm test`: the tests drive LibreOffice (soffice), Chromium, xmllint and
 * pdftotext. When one is missing and we are root on Debian/Ubuntu, installs them with apt-get;
 * otherwise says in one line what to install and exits 1.
 */
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

/** Command on PATH → the Debian package that provides it. */
const TOOLS = [
  { command: "soffice", pkg: "libreoffice-calc-nogui" },
  { command: "chromium", pkg: "chromium" },
  { command: "xmllint", pkg: "libxml2-utils" },
  { command: "pdftotext", pkg: "poppler-utils" },
];

function onPath(command) {
  const dirs = (process.env.PATH || "").split(path.delimiter).filter(Boolean);
  return dirs.some((dir) => {
    try {
      fs.accessSync(path.join(dir, command), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

function isDebian() {
  try {
    const release = fs.readFileSync("/etc/os-release", "utf8");
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release) && onPath("apt-get");
  } catch {
    return false;
  }
}

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
}

function main() {
  const missing = TOOLS.filter((t) => !onPath(t.command));
  if (missing.length === 0) return 0;

  const packages = missing.map((t) => t.pkg);
  const names = missing.map((t) => t.command).join(", ");
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot || !isDebian()) {
    process.stderr.write(`Missing ${names}: install the Debian packages ${packages.join(" ")} (apt-get install -y ${packages.join(" ")}), then run the tests again.\n`);
    return 1;
  }

  process.stdout.write(`Installing ${packages.join(" ")} for ${names}…\n`);
  try {
    run("apt-get", ["update"]);
    run("apt-get", ["install", "-y", ...packages]);
  } catch (e) {
    process.stderr.write(`${e.message}\n`);
    return 1;
  }
  const still = TOOLS.filter((t) => !onPath(t.command));
  if (still.length) {
    process.stderr.write(`Still missing after apt-get: ${still.map((t) => t.command).join(", ")}.\n`);
    return 1;
  }
  return 0;
}

process.exitCode = main();
