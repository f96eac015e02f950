import type { ConversionProposal, ConvertSummary } from "../../../operations/convert";
import { IDLE_TASK, taskReducer, type TaskState } from "../task";
import { ALL_SHEETS, type ConvertAction, type TableChoice } from "./actions";

export interface ConvertState {
  /** Sheets that conversion reads (not registers, not the add-in's own). */
  readonly sheets: readonly string[];
  /** The sheet to convert, or ALL_SHEETS. */
  readonly sheet: string;
  readonly findTask: TaskState;
  /** Tables found on the chosen sheet(s); null until looked for. */
  readonly proposals: readonly ConversionProposal[] | null;
  readonly choices: Readonly<Record<string, TableChoice>>;
  readonly convertTask: TaskState;
  readonly converted: ConvertSummary | null;
}

export const INITIAL_CONVERT: ConvertState = { sheets: [], sheet: ALL_SHEETS, findTask: IDLE_TASK, proposals: null, choices: {}, convertTask: IDLE_TASK, converted: null };

export function convertReducer(state: ConvertState = INITIAL_CONVERT, action: ConvertAction): ConvertState {
  switch (action.type) {
    case "convert/sheets": {
      const keep = state.sheet !== ALL_SHEETS && action.sheets.includes(state.sheet);
      const sheet = action.active && action.sheets.includes(action.active) ? action.active : keep ? state.sheet : ALL_SHEETS;
      return { ...state, sheets: action.sheets, sheet };
    }
    case "convert/sheet":
      // The proposals cover every sheet: another sheet only shows others.
      return action.sheet === state.sheet ? state : { ...state, sheet: action.sheet, convertTask: IDLE_TASK };
    case "convert/findTask":
      return { ...state, findTask: taskReducer(state.findTask, action.task) };
    case "convert/proposals":
      return { ...state, proposals: action.proposals, choices: {}, converted: null, convertTask: IDLE_TASK };
    case "convert/register": {
      // Another register has other columns: the column choices made for the old one are dropped.
      const choices = { ...state.choices, [action.id]: { register: action.register, ...(action.mapping ? { mapping: action.mapping } : {}) } };
      return { ...state, choices };
    }
    case "convert/column": {
      const prev = state.choices[action.id] ?? {};
      const choices = { ...state.choices, [action.id]: { ...prev, columns: { ...(prev.columns ?? {}), [action.column]: action.target } } };
      return { ...state, choices };
    }
    case "convert/convertTask":
      return { ...state, convertTask: taskReducer(state.convertTask, action.task) };
    case "convert/converted":
      return { ...state, converted: action.summary, proposals: null, choices: {} };
  }
}
