import * as React from "react";
import { Body1Strong, makeStyles, tokens } from "@fluentui/react-components";
import type { RagColour } from "../../../domain/metrics/definitions";
import { RagBadge } from "./RagBadge";

const useRagListStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  item: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

export interface RagListProps {
  /** The list's accessible name. */
  readonly label: string;
  readonly items: readonly { readonly key: string; readonly area: string; readonly rag: RagColour | null }[];
}

/** Overall, Schedule, Cost and Risk as small cards, each with its colour in words. */
export function RagList({ label, items }: RagListProps): React.JSX.Element {
  const styles = useRagListStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {items.map((r) => (
        <li key={r.key} className={styles.item}>
          <Body1Strong>{r.area}</Body1Strong>
          <RagBadge rag={r.rag} />
        </li>
      ))}
    </ul>
  );
}
