/**
 * `pmo demo` stage: converts the messy copy of the sample (people's own layouts) into registers
 * and checks that every project, milestone, risk and RACI assignment of the structured original
 * came back with the same values. A difference fails the demo: it is the end-to-end proof of
 * conversion on a workbook whose answer is known.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { isBlank, type CellValue } from "../../domain/cell";
import { serialToIso } from "../../domain/dates";
import { register } from "../../domain/registers/catalogue";
import type { RegisterData } from "../../domain/registers/data";
import type { RegisterKey } from "../../domain/registers/types";
import { FileHost } from "../../hosts/file/file-host";
import { structuredRegister } from "../../plan/structured";
import type { WorkbookSnapshot } from "../../plan/snapshot";
import { convertHost } from "../commands/convert";
import { saveWorkbook } from "../io";
import type { DemoContext, DemoStage } from "./stages";

export interface RegisterComparison {
  readonly register: RegisterKey;
  /** Rows (or RACI assignments) of the original. */
  readonly expected: number;
  /** Of those, found in the converted workbook with the same values. */
  readonly matched: number;
  /** What differs, one line each (first few). */
  readonly differences: readonly string[];
}

function norm(v: CellValue, type: string, date1904: boolean): string {
  if (isBlank(v)) return "";
  if (typeof v === "number" && type === "date") return serialToIso(v, date1904) ?? String(v);
  if (typeof v === "number") return String(Math.round(v * 1e6) / 1e6);
  if (typeof v === "object" && v !== null) return v.error;
  return String(v).trim().replace(/\s+/g, " ");
}

/** Rows of a register by id, each as column header → normalised value (own, non-calculated columns). */
function rowsById(data: RegisterData, date1904: boolean): Map<string, Map<string, string>> {
  const def = register(data.register);
  const out = new Map<string, Map<string, string>>();
  const own = def.columns.filter((c) => !c.calc);
  for (const r of data.rows) {
    const values = new Map<string, string>();
    for (const c of own) {
      const i = data.columns.findIndex((x) => x.key === c.key);
      values.set(c.header, i < 0 ? "" : norm(r.cells[i] ?? null, c.type, date1904));
    }
    const id = values.get(def.columns.find((c) => c.key === def.idKey)!.header) ?? "";
    const key = def.key === "documents" ? `${id}|${values.get("Version")}` : id;
    if (id) out.set(key, values);
  }
  return out;
}

/** RACI assignments "project | activity | role" → code. */
function assignments(data: RegisterData): Map<string, string> {
  const out = new Map<string, string>();
  const activity = data.columns.findIndex((c) => c.key === "activity");
  const project = data.columns.findIndex((c) => c.key === "projectId");
  for (const r of data.rows) {
    data.columns.forEach((c, i) => {
      if (c.key !== null) return;
      const code = norm(r.cells[i] ?? null, "text", false);
      if (!code) return;
      const codes = [...code.toUpperCase().replace(/[^RACIS]/g, "")].sort().join("/");
      out.set(`${norm(r.cells[project] ?? null, "text", false)} | ${norm(r.cells[activity] ?? null, "text", false)} | ${c.header.trim()}`, codes);
    });
  }
  return out;
}

/** Compares the registers of the converted workbook with the structured original's. */
export function compareRegisters(original: WorkbookSnapshot, converted: WorkbookSnapshot, keys: readonly RegisterKey[]): RegisterComparison[] {
  return keys.map((key) => {
    const a = structuredRegister(original, key);
    const b = structuredRegister(converted, key);
    if (!a) return { register: key, expected: 0, matched: 0, differences: [] };
    if (!b) return { register: key, expected: a.rows.length, matched: 0, differences: [`no ${register(key).table} in the converted workbook`] };
    const differences: string[] = [];
    let expected = 0;
    let matched = 0;
    if (key === "raci") {
      const want = assignments(a);
      const got = assignments(b);
      for (const [k, code] of want) {
        expected++;
        if (got.get(k) === code) matched++;
        else if (differences.length < 5) differences.push(`${k}: ${code} became ${got.get(k) ?? "nothing"}`);
      }
      return { register: key, expected, matched, differences };
    }
    const want = rowsById(a, original.date1904);
    const got = rowsById(b, converted.date1904);
    for (const [id, values] of want) {
      expected++;
      const other = got.get(id);
      if (!other) {
        if (differences.length < 5) differences.push(`${id} is missing`);
        continue;
      }
      const diff = [...values].filter(([h, v]) => (other.get(h) ?? "") !== v);
      if (!diff.length) matched++;
      else if (differences.length < 5) differences.push(`${id}: ${diff.map(([h, v]) => `${h} "${v}" became "${other.get(h) ?? ""}"`).join(", ")}`);
    }
    return { register: key, expected, matched, differences };
  });
}

/** The registers the demo checks value by value. */
const CHECKED: readonly RegisterKey[] = ["projects", "milestones", "raid", "raci", "actions", "decisions", "meetings", "documents", "stakeholders"];
/** Those that must come back complete (the issue's acceptance). */
const REQUIRED: readonly RegisterKey[] = ["projects", "milestones", "raid", "raci"];

export const convertStage: DemoStage = {
  name: "convert",
  async run(ctx: DemoContext): Promise<void> {
    const messy = ctx.workbooks.get("messy");
    const structured = ctx.workbooks.get("structured");
    if (!messy || !structured) throw new Error("the convert stage needs the sample stage's workbooks");
    // Read the messy copy as saved, so that conversion sees exactly the file a user would have.
    const host = await FileHost.fromBuffer(readFileSync(messy.path), "demo-messy.xlsx");
    const t0 = Date.now();
    const result = await convertHost(host, ctx.asOf);
    const ms = Date.now() - t0;
    const path = join(ctx.outDir, "demo-converted.xlsx");
    await saveWorkbook(host, path);
    ctx.workbooks.set("converted", { host, path });
    ctx.files.push(path);

    const original = await FileHost.fromBuffer(readFileSync(structured.path), "demo-structured.xlsx");
    const converted = await FileHost.fromBuffer(readFileSync(path), "demo-converted.xlsx");
    const comparisons = compareRegisters(await original.read(), await converted.read(), CHECKED);
    const s = result.summary;
    ctx.log.push(
      `convert: ${s.converted} of ${s.tablesFound} tables into ${new Set(result.conversions.map((c) => c.register)).size} registers, ${s.rows} rows, ${s.rejected} values kept as text (${ms} ms)`,
    );
    ctx.log.push(`convert check: ${comparisons.map((c) => `${c.register} ${c.matched}/${c.expected}`).join(", ")}`);
    const failed = comparisons.filter((c) => REQUIRED.includes(c.register) && c.matched !== c.expected);
    if (failed.length) {
      throw new Error(`conversion lost data: ${failed.map((c) => `${c.register} ${c.matched}/${c.expected} (${c.differences.join("; ")})`).join(" | ")}`);
    }
  },
};
