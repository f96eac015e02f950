import * as React from "react";
import { MESSAGES } from "../../messages";
import { ComingSoon, Panel } from "../Panel/Panel";

/** The Report tab. Its operation is not wired into the task pane yet. */
export function Report(): React.JSX.Element {
  return (
    <Panel title={MESSAGES.reportTitle} description={MESSAGES.reportDescription}>
      <ComingSoon />
    </Panel>
  );
}
