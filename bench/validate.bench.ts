/**
 * How fast validation runs on a large milestone register (issue 4): a snapshot of N milestones
 * (100,000 by default) with long predecessor chains, a few cycles, text and serial dates and the
 * usual defects, built in memory — no file host, so that the figure is the engine's own. Not a
 * jest test: the benchmark runner calls benchValidate; `node bin/run-ts.js
 * bench/validate.bench.ts 100000` runs it alone and prints the result as JSON.
 */
import { performance } from "perf_hooks";
import { colName } from "../src/domain/a1";
import { addDays, isoToSerial } from "../src/domain/dates";
import type { CellValue } from "../src/domain/cell";
import { register } from "../src/domain/registers/catalogue";
import type { RegisterDef } from "../src/domain/registers/types";
import { runRules } from "../src/domain/rules/run";
import { DEFAULT_SETTINGS } from "../src/domain/settings";
import { validate } from "../src/operations/validate";
import type { SheetSnapshot, WorkbookSnapshot } from "../src/plan/snapshot";
import { structuredRegisters } from "../src/plan/structured";

export interface ValidateBenchResult {
  readonly rows: number;
  readonly findings: number;
  readonly byRule: Readonly<Record<string, number>>;
  /** The rules alone (registers read, every rule run, findings sorted). */
  readonly engineMs: number;
  readonly rowsPerSecond: number;
  /** The whole operation: reading the tables, the rules, the Findings sheet and live-check plan. */
  readonly validateMs: number;
  readonly validateRowsPerSecond: number;
}

const AS_OF = "2026-09-30";
const DATE_FORMAT = "dd-mmm-yyyy";
const STATUSES = ["Not Started", "In Progress", "Complete", "Complete", "On Hold", "Cancelled"] as const;
const OWNERS = ["Jane Okafor", "Lena Fischer", "Tom Becker", "Aisha Khan", "Marco Rossi"] as const;

/** A sheet holding one catalogue table from A1, with its number formats. */
function tableSheet(def: RegisterDef, rows: readonly (readonly CellValue[])[], formats: readonly (string | null)[]): SheetSnapshot {
  const header = def.columns.map((c) => c.header);
  return {
    name: def.sheet,
    visibility: "visible",
    originRow: 0,
    originCol: 0,
    values: [header, ...rows],
    numberFormats: [header.map(() => null), ...rows.map(() => formats)],
    merges: [],
    tables: [{ name: def.table, ref: `A1:${colName(header.length - 1)}${rows.length + 1}`, columns: header, totalsRow: false }],
  };
}

/** A deterministic workbook: N milestones over N/500 projects, with Projects and Stakeholders for the cross checks. */
export function milestoneSnapshot(n: number): WorkbookSnapshot {
  let seed = 4242;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const projects = Math.max(4, Math.round(n / 500));
  const def = register("milestones");
  const keys = def.columns.map((c) => c.key);
  const formats = def.columns.map((c) => (c.type === "date" ? DATE_FORMAT : c.type === "percent" ? "0%" : null));
  const rows: CellValue[][] = [];
  for (let i = 0; i < n; i++) {
    const project = i % projects;
    const id = `M-${String(i).padStart(6, "0")}`;
    const baseline = addDays("2026-01-01", Math.floor(rnd() * 540));
    const slip = rnd() < 0.3 ? Math.floor(rnd() * 40) - 5 : 0;
    const status = STATUSES[Math.floor(rnd() * STATUSES.length)]!;
    const forecast = slip ? addDays(baseline, slip) : null;
    const actual = status === "Complete" && rnd() < 0.95 ? (forecast ?? baseline) : null;
    // Each project is one long chain; every 997th milestone closes a cycle or names a missing one.
    const prev = i >= projects ? `M-${String(i - projects).padStart(6, "0")}` : null;
    const predecessors = i % 997 === 0 && i >= 2 * projects ? `M-${String(i + projects).padStart(6, "0")}` : i % 991 === 0 ? "M-X" : prev;
    const v: Record<string, CellValue> = {
      milestoneId: id,
      projectId: `P-${String(project).padStart(3, "0")}`,
      milestone: `Milestone ${i}`,
      type: "Milestone",
      owner: i % 313 === 0 ? null : OWNERS[i % OWNERS.length]!,
      // Some dates arrive as text, as they do in converted sheets.
      baselineDate: i % 50 === 0 ? baseline : isoToSerial(baseline),
      forecastDate: forecast ? isoToSerial(forecast) : null,
      actualDate: actual ? isoToSerial(actual) : null,
      percentComplete: status === "Complete" ? 1 : status === "In Progress" ? Math.round(rnd() * 9) / 10 : 0,
      status,
      predecessors,
      notes: null,
      slipDays: null,
      scheduleState: null,
    };
    rows.push(keys.map((k) => v[k] ?? null));
  }
  const projectsDef = register("projects");
  const projectRows = Array.from({ length: projects }, (_v, p) => projectsDef.columns.map((c) => (c.key === "projectId" ? `P-${String(p).padStart(3, "0")}` : c.key === "projectName" ? `Project ${p}` : null)));
  const stakeholders = register("stakeholders");
  const people = OWNERS.map((name) => stakeholders.columns.map((c) => (c.key === "name" ? name : null)));
  return {
    date1904: false,
    names: [],
    sheets: [
      tableSheet(projectsDef, projectRows, projectsDef.columns.map(() => null)),
      tableSheet(def, rows, formats),
      tableSheet(stakeholders, people, stakeholders.columns.map(() => null)),
    ],
  };
}

export function benchValidate(rows = 100_000): ValidateBenchResult {
  const settings = { ...DEFAULT_SETTINGS, asOf: AS_OF };
  // A small run first, so that the figure is the engine's steady pace and not the JIT's warm-up.
  runRules({ registers: [...structuredRegisters(milestoneSnapshot(5_000)).values()].map((data) => ({ data })), settings, asOf: AS_OF });
  const snap = milestoneSnapshot(rows);

  const t0 = performance.now();
  const registers = [...structuredRegisters(snap).values()].map((data) => ({ data }));
  const findings = runRules({ registers, settings, asOf: AS_OF });
  const engineMs = performance.now() - t0;

  const t1 = performance.now();
  const result = validate(snap, settings, AS_OF, { detect: false });
  const validateMs = performance.now() - t1;
  if (result.findings.length !== findings.length) throw new Error("validate and the engine disagree");

  const byRule: Record<string, number> = {};
  for (const f of findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  return {
    rows,
    findings: findings.length,
    byRule,
    engineMs: Math.round(engineMs),
    rowsPerSecond: Math.round(rows / (engineMs / 1000)),
    validateMs: Math.round(validateMs),
    validateRowsPerSecond: Math.round(rows / (validateMs / 1000)),
  };
}

// Run directly, or through bin/run-ts.js (which is then the main module and this one's parent).
if (require.main === module || (require.main?.filename.endsWith("run-ts.js") && module.parent === require.main)) {
  const n = Number(process.argv[2] ?? 100_000);
  process.stdout.write(JSON.stringify(benchValidate(n), null, 2) + "\n");
}
