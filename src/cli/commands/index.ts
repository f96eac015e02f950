import type { Command } from "commander";
import { registerConvert } from "./convert";
import { registerDemo } from "./demo";
import { registerInit } from "./init";
import { registerValidate } from "./validate";
import { registerMetrics } from "./metrics";
import { registerSnapshot } from "./snapshot";
import { registerReport } from "./report";

/** Every command of `pmo`, in the order `pmo --help` lists them. */
export const COMMANDS: readonly ((program: Command) => void)[] = [registerInit, registerConvert, registerValidate, registerSnapshot, registerMetrics, registerReport, registerDemo];
