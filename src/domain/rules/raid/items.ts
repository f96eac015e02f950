/**
 * A RAID log read once for all RAID rules: each item's type, whether it is open, its
 * Probability and Impact on the 1–5 scale (words such as "High" read as numbers) and its score.
 */
import type { Field, RowView } from "../../registers/records";
import type { RuleContext } from "../rule";
import { rowKey } from "../rows";

export interface RaidItem {
  readonly row: RowView;
  readonly key: string;
  /** Type Risk, or no type given (a risk register without a Type column holds risks). */
  readonly isRisk: boolean;
  /** Status other than Closed (Monitoring is open). */
  readonly open: boolean;
  readonly probability: Field<number>;
  readonly impact: Field<number>;
  /** A typed Score (or the cached value of the Score formula). */
  readonly typedScore: Field<number>;
  /** Probability × Impact when both are on the scale, else the typed Score. */
  readonly score: number | null;
}

export const onScale = (v: number | null): v is number => v !== null && v >= 1 && v <= 5;

export function raidItems(ctx: RuleContext): readonly RaidItem[] {
  return ctx.memo("raid/items", () =>
    ctx.rows.map((row) => {
      const type = row.enumValue("type", "RAID Type");
      const status = row.enumValue("status", "RAID Status");
      const probability = row.scale("probability");
      const impact = row.scale("impact");
      const typedScore = row.number("score");
      const p = probability.value;
      const i = impact.value;
      const bothBlank = row.isBlank("probability") && row.isBlank("impact");
      return {
        row,
        key: rowKey(row, "title"),
        isRisk: type.value === "Risk" || row.isBlank("type"),
        open: status.value !== "Closed",
        probability,
        impact,
        typedScore,
        score: onScale(p) && onScale(i) ? p * i : bothBlank ? typedScore.value : null,
      };
    }),
  );
}
