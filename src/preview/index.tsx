/**
 * The preview page: the task pane in a plain browser, over the file host. No office.js: open an
 * .xlsx/.xlsm (or build the sample), use the tabs exactly as in Excel, download the changed
 * workbook.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FileWorkbench } from "../taskpane/components/FileWorkbench/FileWorkbench";
import { browserEnvironment, EnvironmentProvider } from "../taskpane/environment";
import { PaneRoot } from "../taskpane/PaneRoot";
import { useSystemTheme } from "../taskpane/theme";

function Preview(): React.JSX.Element {
  const environment = React.useMemo(browserEnvironment, []);
  return (
    <PaneRoot theme={useSystemTheme()}>
      <EnvironmentProvider environment={environment}>
        <FileWorkbench />
      </EnvironmentProvider>
    </PaneRoot>
  );
}

const container = document.getElementById("root");
if (!container) throw new Error("preview.html has no #root element");
createRoot(container).render(
  <React.StrictMode>
    <Preview />
  </React.StrictMode>,
);
