import type { Command } from "commander";
import { registerDemo } from "./demo";
import { registerInit } from "./init";

/** Every command of `pmo`, in the order `pmo --help` lists them. */
export const COMMANDS: readonly ((program: Command) => void)[] = [registerInit, registerDemo];
