import { LISTS, LIST_NAMES, listRangeName } from "./lists";
import { METRIC_NAMES, REGISTERS } from "./catalogue";
import { DEFAULT_SETTINGS, SETTING_DEFS } from "../settings";

const norm = (s: string) => s.trim().toLowerCase();

describe("register catalogue", () => {
  test("has the 11 registers of registers.md with unique sheets and tables", () => {
    expect(REGISTERS.map((r) => r.table)).toEqual([
      "tblProjects", "tblMilestones", "tblRAID", "tblRACI", "tblActions", "tblDecisions", "tblMeetings", "tblDocuments", "tblStakeholders", "tblStatusHistory", "tblMilestoneHistory",
    ]);
    expect(new Set(REGISTERS.map((r) => norm(r.sheet))).size).toBe(REGISTERS.length);
  });

  test.each(REGISTERS.map((r) => [r.key, r] as const))("%s: keys and headers are unique, the id column exists and is required", (_k, def) => {
    expect(new Set(def.columns.map((c) => c.key)).size).toBe(def.columns.length);
    expect(new Set(def.columns.map((c) => norm(c.header))).size).toBe(def.columns.length);
    const id = def.columns.find((c) => c.key === def.idKey);
    expect(id?.required).toBe(true);
  });

  test.each(REGISTERS.map((r) => [r.key, r] as const))("%s: no alias of one column is the header or an alias of another column", (_k, def) => {
    const owner = new Map<string, string>();
    for (const c of def.columns) owner.set(norm(c.header), c.key);
    for (const c of def.columns) {
      for (const a of c.aliases) {
        const o = owner.get(norm(a));
        if (o !== undefined && o !== c.key) throw new Error(`${def.key}: alias "${a}" of ${c.key} is the header of ${o}`);
      }
    }
  });

  test("enum and rag columns name a list that exists; calc columns are never required", () => {
    for (const def of REGISTERS) {
      for (const c of def.columns) {
        if (c.type === "enum" || c.type === "rag") expect(c.list && LISTS[c.list]).toBeTruthy();
        if (c.calc) expect(c.required).toBeUndefined();
      }
    }
  });

  test("required columns follow registers.md", () => {
    const required = Object.fromEntries(REGISTERS.map((r) => [r.key, r.columns.filter((c) => c.required).map((c) => c.header)]));
    expect(required).toEqual({
      projects: ["Project ID", "Project Name"],
      milestones: ["Milestone ID", "Milestone", "Baseline Date"],
      raid: ["ID", "Type", "Title"],
      raci: ["Activity ID", "Activity"],
      actions: ["Action ID", "Action"],
      decisions: ["Decision ID", "Decision"],
      meetings: ["Meeting ID", "Title", "Date"],
      documents: ["Document ID", "Title", "Version"],
      stakeholders: ["Name"],
      statusHistory: ["As Of", "Project ID"],
      milestoneHistory: ["As Of", "Milestone ID"],
    });
  });

  test("every column has aliases in more than English for the registers people convert", () => {
    for (const key of ["milestones", "raid", "actions"]) {
      const def = REGISTERS.find((r) => r.key === key)!;
      const all = def.columns.flatMap((c) => c.aliases).map(norm);
      expect(all).toEqual(expect.arrayContaining(["termin", "verantwortlich"].filter((w) => key !== "raid" || w === "verantwortlich")));
    }
  });

  test("Status History carries every metric of metrics.md", () => {
    const sh = REGISTERS.find((r) => r.key === "statusHistory")!;
    for (const m of METRIC_NAMES) expect(sh.columns.map((c) => c.header)).toContain(m);
  });

  test("lists have unique names and defined names; values are unique within a list", () => {
    expect(new Set(LIST_NAMES.map(listRangeName)).size).toBe(LIST_NAMES.length);
    for (const l of LIST_NAMES) expect(new Set(LISTS[l]).size).toBe(LISTS[l].length);
  });

  test("settings: every threshold of rules.md and metrics.md with its default", () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      highRiskScore: 15, escalationScore: 20, slipWarnDays: 5, redSlipDays: 20, redCostVariance: 0.1, amberCostVariance: 0.05,
      maxConsulted: 4, maxAccountableShare: 0.5, staleDays: 14, lookaheadDays: 28, raciVariant: "RACI",
    });
    expect(SETTING_DEFS.map((d) => d.key).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
    expect(new Set(SETTING_DEFS.map((d) => d.name)).size).toBe(SETTING_DEFS.length);
  });
});
