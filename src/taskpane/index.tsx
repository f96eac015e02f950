import * as React from "react";
import { createRoot } from "react-dom/client";
import { MessageBar, MessageBarBody, MessageBarTitle, type Theme } from "@fluentui/react-components";
import type { WorkbookHost } from "../plan/host";
import { App } from "./App";
import { FileWorkbench } from "./components/FileWorkbench/FileWorkbench";
import { browserEnvironment, EnvironmentProvider } from "./environment";
import { errorMessage } from "./errors";
import { HostProvider } from "./host-context";
import { MESSAGES } from "./messages";
import { PaneRoot } from "./PaneRoot";
import { excelEnvironment, loadOfficeHost } from "./office-host";
import { themeForOffice, useSystemTheme } from "./theme";

/** The Office theme's light or dark; null where Office does not say (then the system's is used). */
function officeTheme(): Theme | null {
  try {
    const theme = Office.context.officeTheme;
    return theme?.bodyBackgroundColor ? themeForOffice(theme) : null;
  } catch {
    return null;
  }
}

function InExcel(): React.JSX.Element {
  const [host, setHost] = React.useState<WorkbookHost | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const environment = React.useMemo(excelEnvironment, []);
  const system = useSystemTheme();
  React.useEffect(() => {
    loadOfficeHost().then(setHost, (e: unknown) => setError(errorMessage(e)));
  }, []);
  return (
    <PaneRoot theme={officeTheme() ?? system}>
      <EnvironmentProvider environment={environment}>
        <HostProvider host={host}>
          <App
            toolbar={
              error && (
                <MessageBar intent="error">
                  <MessageBarBody>
                    <MessageBarTitle>{MESSAGES.officeHostMissingTitle}</MessageBarTitle>
                    {error}
                  </MessageBarBody>
                </MessageBar>
              )
            }
          />
        </HostProvider>
      </EnvironmentProvider>
    </PaneRoot>
  );
}

/** Opened in a browser rather than in Excel: the task pane works on a workbook file. */
function OutsideExcel(): React.JSX.Element {
  const environment = React.useMemo(browserEnvironment, []);
  return (
    <PaneRoot theme={useSystemTheme()}>
      <EnvironmentProvider environment={environment}>
        <FileWorkbench notice={{ title: MESSAGES.outsideExcelTitle, text: MESSAGES.outsideExcelBody }} />
      </EnvironmentProvider>
    </PaneRoot>
  );
}

function render(inExcel: boolean): void {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  createRoot(container).render(inExcel ? <InExcel /> : <OutsideExcel />);
}

if (typeof Office === "undefined") {
  // office.js could not be loaded (offline, or blocked): certainly not inside Excel.
  render(false);
} else {
  Office.onReady((info) => render(info.host === Office.HostType.Excel));
}
