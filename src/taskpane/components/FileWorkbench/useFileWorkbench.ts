import * as React from "react";
import type { FileHost } from "../../../hosts/file/file-host";
import { bytesBlob, saveFile } from "../../download";
import { errorMessage } from "../../errors";
import { MESSAGES } from "../../messages";
import type { SampleKind } from "./sample";

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
  const { FileHost: Host } = await import(/* webpackChunkName: "file-host" */ "../../../hosts/file/file-host");
  return Host.fromBuffer(buffer, fileName);
}

export interface UseFileWorkbench extends FileWorkbenchState {
  readonly open: (file: File) => Promise<void>;
  readonly loadSample: (kind: SampleKind) => Promise<void>;
  readonly download: () => Promise<void>;
}

/** State and effects of the file toolbar: open a workbook file or the sample, download the changed workbook. */
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

  const loadSample = React.useCallback(async (kind: SampleKind): Promise<void> => {
    setState((s) => ({ ...s, busy: true, error: null }));
    try {
      const sample = await import(/* webpackChunkName: "sample" */ "./sample");
      const host = await sample.buildSample(kind);
      setState({ workbook: { host, fileName: sample.SAMPLE_FILE_NAMES[kind] }, busy: false, error: null });
    } catch (error) {
      setState((s) => ({ ...s, busy: false, error: { title: MESSAGES.fileOpenErrorTitle, message: errorMessage(error) } }));
    }
  }, []);

  const { workbook } = state;
  const download = React.useCallback(async (): Promise<void> => {
    if (!workbook) return;
    setState((s) => ({ ...s, busy: true, error: null }));
    try {
      const bytes = await workbook.host.toBuffer();
      saveFile(bytesBlob(bytes, XLSX_MIME), downloadName(workbook.fileName));
      setState((s) => ({ ...s, busy: false }));
    } catch (error) {
      setState((s) => ({ ...s, busy: false, error: { title: MESSAGES.fileSaveErrorTitle, message: errorMessage(error) } }));
    }
  }, [workbook]);

  return { ...state, open, loadSample, download };
}
