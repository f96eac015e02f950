import * as React from "react";
import { Body1, makeStyles, mergeClasses, Subtitle1, tokens } from "@fluentui/react-components";

export interface PanelProps {
  /** The section's heading (an h2). */
  readonly title: string;
  /** One or two sentences under the heading. */
  readonly description: string;
  readonly className?: string;
  readonly children?: React.ReactNode;
}

const usePanelStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  heading: {
    margin: 0,
  },
  description: {
    color: tokens.colorNeutralForeground2,
  },
});

/** The frame every tab shares: heading, description, then the tab's own content. */
export function Panel({ title, description, className, children }: PanelProps): React.JSX.Element {
  const styles = usePanelStyles();
  return (
    <section className={mergeClasses(styles.root, className)}>
      <Subtitle1 as="h2" className={styles.heading}>
        {title}
      </Subtitle1>
      <Body1 as="p" className={mergeClasses(styles.heading, styles.description)}>
        {description}
      </Body1>
      {children}
    </section>
  );
}
