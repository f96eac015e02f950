/**
 * The pane's state: one slice per tab (state/<slice>/{actions,reducer,selectors}.ts), combined
 * in one useReducer and handed down through context, so that a tab keeps its results when the
 * user switches to another tab and back. App mounts a fresh store for every workbook.
 */
import * as React from "react";
import type { ConvertAction } from "./convert/actions";
import { convertReducer, INITIAL_CONVERT, type ConvertState } from "./convert/reducer";
import type { ReportAction } from "./report/actions";
import { INITIAL_REPORT, reportReducer, type ReportState } from "./report/reducer";
import type { SettingsAction } from "./settings/actions";
import { INITIAL_SETTINGS, settingsReducer, type SettingsState } from "./settings/reducer";
import type { TrendsAction } from "./trends/actions";
import { INITIAL_TRENDS, trendsReducer, type TrendsState } from "./trends/reducer";
import type { ValidationAction } from "./validation/actions";
import { INITIAL_VALIDATION, validationReducer, type ValidationState } from "./validation/reducer";

export interface PaneState {
  readonly convert: ConvertState;
  readonly validation: ValidationState;
  readonly trends: TrendsState;
  readonly report: ReportState;
  readonly settings: SettingsState;
}

export type PaneAction = ConvertAction | ValidationAction | TrendsAction | ReportAction | SettingsAction;

export const INITIAL_PANE_STATE: PaneState = {
  convert: INITIAL_CONVERT,
  validation: INITIAL_VALIDATION,
  trends: INITIAL_TRENDS,
  report: INITIAL_REPORT,
  settings: INITIAL_SETTINGS,
};

/** Routes an action to its slice by the prefix of its type. */
export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  const [slice] = action.type.split("/");
  switch (slice) {
    case "convert":
      return { ...state, convert: convertReducer(state.convert, action as ConvertAction) };
    case "validation":
      return { ...state, validation: validationReducer(state.validation, action as ValidationAction) };
    case "trends":
      return { ...state, trends: trendsReducer(state.trends, action as TrendsAction) };
    case "report":
      return { ...state, report: reportReducer(state.report, action as ReportAction) };
    case "settings":
      return { ...state, settings: settingsReducer(state.settings, action as SettingsAction) };
    default:
      return state;
  }
}

const StateContext = React.createContext<PaneState>(INITIAL_PANE_STATE);
const DispatchContext = React.createContext<React.Dispatch<PaneAction>>(() => undefined);

export interface PaneStateProviderProps {
  /** A state to start from (tests). */
  readonly initial?: PaneState;
  readonly children?: React.ReactNode;
}

export function PaneStateProvider({ initial = INITIAL_PANE_STATE, children }: PaneStateProviderProps): React.JSX.Element {
  const [state, dispatch] = React.useReducer(paneReducer, initial);
  return (
    <DispatchContext.Provider value={dispatch}>
      <StateContext.Provider value={state}>{children}</StateContext.Provider>
    </DispatchContext.Provider>
  );
}

/** A slice (or any value derived from the state). */
export function usePaneState<T>(select: (state: PaneState) => T): T {
  return select(React.useContext(StateContext));
}

export function usePaneDispatch(): React.Dispatch<PaneAction> {
  return React.useContext(DispatchContext);
}
