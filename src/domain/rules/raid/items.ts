/**
 * A RAID log read once for all RAID rules: each item's type, whether it is open, its
 * Probability and Impact on the 1–5 scale (words such as "High" read as numbers) and its score.
 */
import type { RowView } from "../../registers/records";
import type { RuleContext } from "../rule";
import { rowKey } from "../rows";

export const onScale = (v: number | null): v is number => v !== null && v >= 1 && v <= 5;

/**
 * One RAID row, read once. Values only: the cells and raw values of the few rows that break a
 * rule are looked up from the row when the finding is made.
 */
export class RaidItem {
  readonly key: string;
  /** Type Risk, or no type given (a risk register without a Type column holds risks). */
  readonly isRisk: boolean;
  /** Status other than Closed (Monitoring is open). */
  readonly open: boolean;
  /** On the 1–5 scale or not, null when blank or unreadable. */
  readonly probability: number | null;
  readonly probabilityInvalid: boolean;
  readonly impact: number | null;
  readonly impactInvalid: boolean;
  /** A typed Score (or the cached value of the Score formula). */
  readonly typedScore: number | null;
  /** Probability × Impact when both are on the scale, else the typed Score. */
  readonly score: number | null;

  constructor(readonly row: RowView) {
    const type = row.readEnum("type", "RAID Type");
    const status = row.readEnum("status", "RAID Status");
    const probability = row.readScale("probability");
    const impact = row.readScale("impact");
    const typedScore = row.readNumber("score");
    const p = probability.ok ? probability.value : null;
    const i = impact.ok ? impact.value : null;
    const bothBlank = row.isBlank("probability") && row.isBlank("impact");
    this.key = rowKey(row, "title");
    this.isRisk = (type.ok && type.value === "Risk") || row.isBlank("type");
    this.open = !(status.ok && status.value === "Closed");
    this.probability = p;
    this.probabilityInvalid = !probability.ok;
    this.impact = i;
    this.impactInvalid = !impact.ok;
    this.typedScore = typedScore.ok ? typedScore.value : null;
    this.score = onScale(p) && onScale(i) ? p * i : bothBlank ? this.typedScore : null;
  }
}

export function raidItems(ctx: RuleContext): readonly RaidItem[] {
  return ctx.memo("raid/items", () => ctx.rows.map((row) => new RaidItem(row)));
}
