import * as React from "react";
import type { WorkbookHost } from "../plan/host";

/**
 * The workbook the task pane works on. Inside Excel it is the Office.js host; in the preview
 * page (and in tests) the file host or a fake. Null while no workbook is open (preview only).
 */
export const HostContext = React.createContext<WorkbookHost | null>(null);

export interface HostProviderProps {
  readonly host: WorkbookHost | null;
  readonly children?: React.ReactNode;
}

export function HostProvider({ host, children }: HostProviderProps): React.JSX.Element {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

export function useHost(): WorkbookHost | null {
  return React.useContext(HostContext);
}
