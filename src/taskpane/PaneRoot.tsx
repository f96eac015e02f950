import * as React from "react";
import { FluentProvider, makeStyles, type Theme } from "@fluentui/react-components";

const usePaneRootStyles = makeStyles({
  root: {
    // The provider paints the theme's background; it fills the pane so dark themes have no white band.
    minHeight: "100vh",
  },
});

export interface PaneRootProps {
  readonly theme: Theme;
  readonly children?: React.ReactNode;
}

/** The root of every page: Fluent's provider with the page's theme. */
export function PaneRoot({ theme, children }: PaneRootProps): React.JSX.Element {
  const styles = usePaneRootStyles();
  return (
    <FluentProvider theme={theme} className={styles.root}>
      {children}
    </FluentProvider>
  );
}
