import * as React from "react";
import { MESSAGES } from "../../messages";
import { ComingSoon, Panel } from "../Panel/Panel";

/** The Trends tab. Its operation is not wired into the task pane yet. */
export function Trends(): React.JSX.Element {
  return (
    <Panel title={MESSAGES.trendsTitle} description={MESSAGES.trendsDescription}>
      <ComingSoon />
    </Panel>
  );
}
