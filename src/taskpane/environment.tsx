/** The pane's environment in React context (platform.ts has the parts without React). */
import * as React from "react";
import { browserClipboard, localToday, type PaneEnvironment } from "./platform";

export { browserClipboard, localToday } from "./platform";
export type { ClipboardWriter, DownloadSupport, PaneEnvironment } from "./platform";

/** The preview page and tests: any browser, downloads allowed. */
export function browserEnvironment(): PaneEnvironment {
  return { surface: "preview", today: () => localToday(), downloads: { allowed: true }, clipboard: browserClipboard() };
}

const EnvironmentContext = React.createContext<PaneEnvironment | null>(null);

export interface EnvironmentProviderProps {
  readonly environment: PaneEnvironment;
  readonly children?: React.ReactNode;
}

export function EnvironmentProvider({ environment, children }: EnvironmentProviderProps): React.JSX.Element {
  return <EnvironmentContext.Provider value={environment}>{children}</EnvironmentContext.Provider>;
}

const FALLBACK = browserEnvironment;

/** The pane's environment; outside a provider, a plain browser's. */
export function useEnvironment(): PaneEnvironment {
  const env = React.useContext(EnvironmentContext);
  const fallback = React.useMemo(FALLBACK, []);
  return env ?? fallback;
}
