/**
 * Formula text of every metric of metrics.md, for one project (criteria on its Project ID cell)
 * or for the portfolio (no project criterion). Only functions that Excel 2019+ and LibreOffice
 * compute alike: COUNTIFS, SUMIFS, MAXIFS, SUMPRODUCT, MMULT; no volatile function and no
 * whole-column reference, so a recalculation only touches the register tables. The As Of date
 * and the thresholds come from the Settings names (PMO_AsOf, PMO_HighRiskScore, …).
 *
 * The JS twin of each formula is computeMetrics (reference.ts); a test recalculates these
 * formulas in LibreOffice and requires the same values.
 */
import type { MetricName } from "./definitions";
import { args, ref, str, tableColumn, tableColumns, type Criteria } from "./structured-ref";
import { register } from "../registers/catalogue";

export interface FormulaContext {
  /** Headers of the RACI person columns, in order (contiguous, after Activity). */
  readonly raciPersons: readonly string[];
}

const AS_OF = "PMO_AsOf";

/** Criteria that select the scope's rows of a register: an id is present, and the project matches. */
function scope(reg: "milestones" | "raid" | "actions", idKey: string, projectCell: string | null): Criteria {
  const c: [string, string][] = [[ref(reg, idKey), str("<>")]];
  if (projectCell) c.push([ref(reg, "projectId"), projectCell]);
  return c;
}

const countifs = (c: Criteria) => `COUNTIFS(${args(c)})`;
const sumifs = (range: string, c: Criteria) => `SUMIFS(${range},${args(c)})`;

function milestoneFormulas(p: string | null): Record<"Milestones Total" | "Milestones Complete" | "Milestones Overdue" | "On-Time Rate" | "Avg Slip Days" | "Max Slip Days", string> {
  const base = scope("milestones", "milestoneId", p);
  const live: Criteria = [...base, [ref("milestones", "status"), str("<>Cancelled")]];
  // A Baseline Date that is a number (criteria see numbers only) is a date the slip is measured from.
  const dated: Criteria = [...live, [ref("milestones", "baselineDate"), str(">0")]];
  const completeDated: Criteria = [...base, [ref("milestones", "status"), str("Complete")], [ref("milestones", "actualDate"), str(">0")], [ref("milestones", "baselineDate"), str(">0")]];
  const onTime: Criteria = [...completeDated, [ref("milestones", "slipDays"), str("<=0")]];
  const slip = ref("milestones", "slipDays");
  return {
    "Milestones Total": `=${countifs(live)}`,
    "Milestones Complete": `=${countifs([...base, [ref("milestones", "status"), str("Complete")]])}`,
    // Schedule State already leaves out Complete and Cancelled and compares the due date with As Of.
    "Milestones Overdue": `=${countifs([...base, [ref("milestones", "scheduleState"), str("Overdue")]])}`,
    "On-Time Rate": `=IF(${countifs(completeDated)}=0,"",${countifs(onTime)}/${countifs(completeDated)})`,
    "Avg Slip Days": `=IF(${countifs(dated)}=0,"",${sumifs(slip, dated)}/${countifs(dated)})`,
    "Max Slip Days": `=IF(${countifs(dated)}=0,"",MAXIFS(${slip},${args(dated)}))`,
  };
}

function raidFormulas(p: string | null): Record<"Open Risks" | "High Risks" | "Risk Exposure" | "Open Issues", string> {
  const base = scope("raid", "id", p);
  const open: Criteria = [...base, [ref("raid", "status"), str("<>Closed")]];
  const risks: Criteria = [...open, [ref("raid", "type"), str("Risk")]];
  return {
    "Open Risks": `=${countifs(risks)}`,
    "High Risks": `=${countifs([...risks, [ref("raid", "score"), `">="&PMO_HighRiskScore`]])}`,
    "Risk Exposure": `=${sumifs(ref("raid", "score"), risks)}`,
    "Open Issues": `=${countifs([...open, [ref("raid", "type"), str("Issue")]])}`,
  };
}

/** Open risks at or above the escalation score: a Risk RAG input that has no column of its own. */
export function escalatedRisksFormula(p: string | null): string {
  const c: Criteria = [...scope("raid", "id", p), [ref("raid", "status"), str("<>Closed")], [ref("raid", "type"), str("Risk")], [ref("raid", "score"), `">="&PMO_EscalationScore`]];
  return countifs(c);
}

function actionFormulas(p: string | null): Record<"Open Actions" | "Overdue Actions", string> {
  const open: Criteria = [...scope("actions", "actionId", p), [ref("actions", "status"), str("<>Done")], [ref("actions", "status"), str("<>Cancelled")]];
  return {
    "Open Actions": `=${countifs(open)}`,
    "Overdue Actions": `=${countifs([...open, [ref("actions", "dueDate"), `"<"&${AS_OF}`]])}`,
  };
}

/**
 * RACI Coverage per activity needs counts across the person columns of each row. MMULT of the
 * row-by-person 0/1 block with a column of ones gives those counts for every row at once, inside
 * SUMPRODUCT, so no helper column is added to the register. The ones column has one entry per
 * person column as the register stands when the formula is written: adding a person column
 * needs `pmo metrics` again (docs/metrics.md).
 */
function raciFormula(p: string | null, ctx: FormulaContext): string {
  const persons = ctx.raciPersons;
  if (!persons.length) return `=""`;
  const table = register("raci").table;
  const block = tableColumns(table, persons[0]!, persons[persons.length - 1]!);
  const ones = `{${persons.map(() => "1").join(";")}}`;
  const t = `TRIM(${block})`;
  const perRow = (cells: string) => `MMULT(${cells},${ones})`;
  const involved = perRow(["", "-", "–", "N", "N/A"].map((v) => `(${t}<>${str(v)})`).join("*"));
  const accountable = perRow(`ISNUMBER(SEARCH("A",${block}))*(${t}<>"N/A")`);
  const responsible = perRow(`ISNUMBER(SEARCH("R",${block}))*1`);
  const inProject = p ? `(${tableColumn(table, "Project ID")}=${p})*` : "";
  const activities = `SUMPRODUCT(${inProject}(${involved}>0))`;
  const covered = `SUMPRODUCT(${inProject}(${accountable}=1)*(${responsible}>=1))`;
  return `=IF(${activities}=0,"",${covered}/${activities})`;
}

function costFormula(p: string | null): string {
  const c: Criteria = [
    [ref("projects", "projectId"), p ?? str("<>")],
    [ref("projects", "budget"), str(">0")],
    [ref("projects", "forecastCost"), str(">=0")],
  ];
  const budget = sumifs(ref("projects", "budget"), c);
  return `=IF(${countifs(c)}=0,"",(${sumifs(ref("projects", "forecastCost"), c)}-${budget})/${budget})`;
}

/** Formula text (with "=") of each metric for a project whose id is in `projectCell` (e.g. "$A2"), or for the portfolio (null). */
export function metricFormulas(projectCell: string | null, ctx: FormulaContext): Readonly<Record<MetricName, string>> {
  return {
    ...milestoneFormulas(projectCell),
    ...raidFormulas(projectCell),
    ...actionFormulas(projectCell),
    "RACI Coverage": raciFormula(projectCell, ctx),
    "Cost Variance %": costFormula(projectCell),
  };
}
