/**
 * Inside Excel: the Office.js host (src/hosts/office) given the real Excel.run and requirement
 * check, and what the pane needs of Excel besides the workbook (the active sheet, whether this
 * platform lets an add-in save files). The one place that touches Office globals for the pane.
 */
import type { WorkbookHost } from "../plan/host";
import { browserClipboard, localToday, type DownloadSupport, type PaneEnvironment } from "./platform";

/** The Office.js host over the open workbook. Loaded lazily: it is not needed to draw the pane. */
export async function loadOfficeHost(): Promise<WorkbookHost> {
  const { OfficeHost } = await import(/* webpackChunkName: "office-host" */ "../hosts/office/office-host");
  return new OfficeHost({
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  });
}

/** The name of the worksheet the user is on. */
export async function activeSheetName(): Promise<string | null> {
  return Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getActiveWorksheet();
    ws.load("name");
    await context.sync();
    return ws.name;
  });
}

/**
 * Office for Mac and for iPad run add-ins in a WebKit view that ignores download links: a Blob
 * link does nothing there, so the pane says so rather than offering a button that fails
 * silently. Excel on Windows (WebView2) and Excel on the web save files as a browser does.
 */
export function downloadSupport(platform: Office.PlatformType | undefined): DownloadSupport {
  if (platform === Office.PlatformType.Mac) {
    return { allowed: false, reason: "Excel for Mac does not let add-ins save files. Copy the HTML body into a new message instead, or open the workbook in Excel on the web or on Windows to download the .eml and .xlsx." };
  }
  if (platform === Office.PlatformType.iOS) {
    return { allowed: false, reason: "Excel for iPad does not let add-ins save files. Copy the HTML body into a new message instead." };
  }
  return { allowed: true };
}

export function excelEnvironment(): PaneEnvironment {
  let platform: Office.PlatformType | undefined;
  try {
    platform = Office.context.platform;
  } catch {
    platform = undefined;
  }
  return { surface: "excel", today: () => localToday(), activeSheet: activeSheetName, downloads: downloadSupport(platform), clipboard: browserClipboard() };
}
