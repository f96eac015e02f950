import * as React from "react";
import { DEFAULT_SETTINGS } from "../../../domain/settings";
import { structure } from "../../../operations/structure";
import type { WorkbookHost } from "../../../plan/host";
import type { WorkbookSnapshot } from "../../../plan/snapshot";
import { errorMessage } from "../../errors";
import { MESSAGES } from "../../messages";
import { describeOutcome, registerStatuses, type Outcome, type RegisterStatus } from "./register-status";

export interface StructureView {
  readonly statuses: readonly RegisterStatus[];
  /** Number of plan operations "Create registers" would apply now; 0 when structured. */
  readonly pendingOps: number;
}

export interface StructureState {
  readonly phase: "idle" | "reading" | "ready" | "applying";
  readonly view: StructureView | null;
  readonly progress: { readonly done: number; readonly total: number } | null;
  readonly error: { readonly title: string; readonly message: string } | null;
  readonly outcome: Outcome | null;
}

type Action =
  | { readonly type: "reset" }
  | { readonly type: "read/start" }
  | { readonly type: "read/done"; readonly view: StructureView }
  | { readonly type: "apply/start" }
  | { readonly type: "apply/progress"; readonly done: number; readonly total: number }
  | { readonly type: "apply/done"; readonly view: StructureView; readonly outcome: Outcome }
  | { readonly type: "failed"; readonly title: string; readonly message: string };

export const INITIAL_STRUCTURE_STATE: StructureState = { phase: "idle", view: null, progress: null, error: null, outcome: null };

export function structureReducer(state: StructureState, action: Action): StructureState {
  switch (action.type) {
    case "reset":
      return INITIAL_STRUCTURE_STATE;
    case "read/start":
      return { ...state, phase: "reading", error: null };
    case "read/done":
      return { ...state, phase: "ready", view: action.view };
    case "apply/start":
      return { ...state, phase: "applying", progress: null, error: null, outcome: null };
    case "apply/progress":
      return { ...state, progress: { done: action.done, total: action.total } };
    case "apply/done":
      return { ...state, phase: "ready", progress: null, view: action.view, outcome: action.outcome };
    case "failed":
      return { ...state, phase: state.view ? "ready" : "idle", progress: null, error: { title: action.title, message: action.message } };
  }
}

/**
 * The settings only matter when structure creates the Settings sheet or adds rows to it, and
 * then the defaults are what belongs there; values already in the workbook are never rewritten.
 */
function viewOf(wb: WorkbookSnapshot): StructureView {
  const { plan, summary } = structure(wb, DEFAULT_SETTINGS);
  return { statuses: registerStatuses(wb, summary), pendingOps: plan.ops.length };
}

export interface UseStructure {
  readonly state: StructureState;
  readonly refresh: () => Promise<void>;
  readonly createRegisters: () => Promise<void>;
}

/**
 * State and effects of the Structure tab: reads the workbook when the host changes. `onRead`
 * gets every snapshot read, so that other parts of the tab need not read it again.
 */
export function useStructure(host: WorkbookHost | null, onRead?: (wb: WorkbookSnapshot) => void): UseStructure {
  const [state, dispatch] = React.useReducer(structureReducer, INITIAL_STRUCTURE_STATE);
  // Kept in a ref: a new callback must not read the workbook again.
  const readListener = React.useRef(onRead);
  readListener.current = onRead;
  // Results of a host that has since been replaced (or of an unmounted tab) are dropped.
  const current = React.useRef<WorkbookHost | null>(host);

  const refresh = React.useCallback(async (): Promise<void> => {
    if (!host) return;
    dispatch({ type: "read/start" });
    try {
      const wb = await host.read();
      const view = viewOf(wb);
      if (current.current === host) {
        dispatch({ type: "read/done", view });
        readListener.current?.(wb);
      }
    } catch (error) {
      if (current.current === host) dispatch({ type: "failed", title: MESSAGES.readErrorTitle, message: errorMessage(error) });
    }
  }, [host]);

  const createRegisters = React.useCallback(async (): Promise<void> => {
    if (!host) return;
    dispatch({ type: "apply/start" });
    try {
      // Read again: the workbook may have changed since the list was shown.
      const before = await host.read();
      const result = structure(before, DEFAULT_SETTINGS);
      const applied = result.plan.ops.length
        ? await host.apply(result.plan, (done, total) => {
            if (current.current === host) dispatch({ type: "apply/progress", done, total });
          })
        : null;
      const after = applied ? await host.read() : before;
      const view = viewOf(after);
      if (current.current === host) {
        dispatch({ type: "apply/done", view, outcome: describeOutcome(result.summary, applied) });
        readListener.current?.(after);
      }
    } catch (error) {
      if (current.current === host) dispatch({ type: "failed", title: MESSAGES.structureErrorTitle, message: errorMessage(error) });
    }
  }, [host]);

  React.useEffect(() => {
    current.current = host;
    dispatch({ type: "reset" });
    void refresh();
    return () => {
      current.current = null;
    };
  }, [host, refresh]);

  return { state, refresh, createRegisters };
}
