import * as React from "react";
import type { FileHost } from "../../../hosts/file/file-host";
import { errorMessage } from "../../errors";
import { MESSAGES } from "../../messages";

export interface OpenWorkbook {
  readonly host: FileHost;
  /** Name of the file opened, as the user's system gave it. */
  readonly fileName: string;
}

export interface FileWorkbenchState {
  readonly workbook: OpenWorkbook | null;
  readonly busy: boolean;
  readonly error: { readonly title: string; readonly message: string } | null;
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The name a workbook is downloaded under: the name it was opened with, as .xlsx (the file host
 * writes .xlsx; macros of an .xlsm are not written back).
 */
export function downloadName(fileName: string): string {
  const base = fileName.replace(/\.(xlsx|xlsm|xls)$/i, "").trim() || "workbook";
  return `${base}.xlsx`;
}

/**
 * Loads the file host on first use only: it carries exceljs, which stays out of the page's
 * initial scripts (webpack puts a dynamic import in its own chunk).
 */
async function loadFileHost(buffer: ArrayBuffer, fileName: string): Promise<FileHost> {
  const { FileHost: Host } = await import("../../../hosts/file/file-host");
  return Host.fromBuffer(buffer, fileName);
}

export interface UseFileWorkbench extends FileWorkbenchState {
  readonly open: (file: File) => Promise<void>;
  readonly download: () => Promise<void>;
}

/** State and effects of the file toolbar: open a workbook file, download the changed workbook. */
export function useFileWorkbench(): UseFileWorkbench {
  const [state, setState] = React.useState<FileWorkbenchState>({ workbook: null, busy: false, error: null });

  const open = React.useCallback(async (file: File): Promise<void> => {
    setState((s) => ({ ...s, busy: true, error: null }));
    try {
      const host = await loadFileHost(await file.arrayBuffer(), file.name);
      setState({ workbook: { host, fileName: file.name }, busy: false, error: null });
    } catch (error) {
      setState((s) => ({ ...s, busy: false, error: { title: MESSAGES.fileOpenErrorTitle, message: `${file.name}: ${errorMessage(error)}` } }));
    }
  }, []);

  const { workbook } = state;
  const download = React.useCallback(async (): Promise<void> => {
    if (!workbook) return;
    setState((s) => ({ ...s, busy: true, error: null }));
    try {
      const bytes = await workbook.host.toBuffer();
      const url = URL.createObjectURL(new Blob([bytes.slice()], { type: XLSX_MIME }));
      try {
        const link = document.createElement("a");
        link.href = url;
        link.download = downloadName(workbook.fileName);
        document.body.appendChild(link);
        link.click();
        link.remove();
      } finally {
        // Revoked after the click has been handled; revoking at once cancels the download in some browsers.
        setTimeout(() => URL.revokeObjectURL(url), 0);
      }
      setState((s) => ({ ...s, busy: false }));
    } catch (error) {
      setState((s) => ({ ...s, busy: false, error: { title: MESSAGES.fileSaveErrorTitle, message: errorMessage(error) } }));
    }
  }, [workbook]);

  return { ...state, open, download };
}
