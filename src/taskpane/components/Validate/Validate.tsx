import * as React from "react";
import { MESSAGES } from "../../messages";
import { ComingSoon, Panel } from "../Panel/Panel";

/** The Validate tab. Its operation is not wired into the task pane yet. */
export function Validate(): React.JSX.Element {
  return (
    <Panel title={MESSAGES.validateTitle} description={MESSAGES.validateDescription}>
      <ComingSoon />
    </Panel>
  );
}
