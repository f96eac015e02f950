import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { MESSAGES } from "../../messages";

/** What a tab shows while no workbook is open (the preview page before a file is opened). */
export function NoWorkbook(): React.JSX.Element {
  return (
    <MessageBar intent="info">
      <MessageBarBody>
        <MessageBarTitle>{MESSAGES.noWorkbookTitle}</MessageBarTitle>
        {MESSAGES.noWorkbookBody}
      </MessageBarBody>
    </MessageBar>
  );
}
