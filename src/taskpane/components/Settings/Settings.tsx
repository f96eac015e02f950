import * as React from "react";
import { MESSAGES } from "../../messages";
import { ComingSoon, Panel } from "../Panel/Panel";

/** The Settings tab. Its operation is not wired into the task pane yet. */
export function Settings(): React.JSX.Element {
  return (
    <Panel title={MESSAGES.settingsTitle} description={MESSAGES.settingsDescription}>
      <ComingSoon />
    </Panel>
  );
}
