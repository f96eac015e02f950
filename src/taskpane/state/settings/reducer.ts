import { DEFAULT_SETTINGS, SETTING_DEFS, type SettingKey } from "../../../domain/settings";
import { IDLE_TASK, taskReducer, type TaskState } from "../task";
import type { LoadedSettings, SettingsAction, SettingsDraft } from "./actions";

export interface SettingsState {
  readonly loadTask: TaskState;
  readonly loaded: LoadedSettings | null;
  readonly draft: SettingsDraft;
  readonly saveTask: TaskState;
}

/** Percentages are typed as 0–100: 0.1 shows as "10" (rounded off float noise). */
function percentText(fraction: number): string {
  return String(Math.round(fraction * 100 * 1e6) / 1e6);
}

/** The draft that shows the loaded values unchanged. */
export function draftOf(loaded: LoadedSettings | null): SettingsDraft {
  const values = loaded?.values ?? DEFAULT_SETTINGS;
  const out = {} as Record<SettingKey, string>;
  for (const def of SETTING_DEFS) {
    if (def.key === "asOf") out.asOf = loaded?.asOf.mode === "fixed" ? loaded.asOf.iso : "";
    else if (def.kind === "percent") out[def.key] = percentText(values[def.key] as number);
    else out[def.key] = String(values[def.key]);
  }
  return out;
}

export const INITIAL_SETTINGS: SettingsState = { loadTask: IDLE_TASK, loaded: null, draft: draftOf(null), saveTask: IDLE_TASK };

export function settingsReducer(state: SettingsState = INITIAL_SETTINGS, action: SettingsAction): SettingsState {
  switch (action.type) {
    case "settings/loadTask":
      return { ...state, loadTask: taskReducer(state.loadTask, action.task) };
    case "settings/loaded":
      return { ...state, loaded: action.loaded, draft: draftOf(action.loaded) };
    case "settings/edit":
      return { ...state, draft: { ...state.draft, [action.key]: action.value }, saveTask: state.saveTask.running ? state.saveTask : { ...state.saveTask, outcome: null } };
    case "settings/reset":
      return { ...state, draft: draftOf(state.loaded) };
    case "settings/saveTask":
      return { ...state, saveTask: taskReducer(state.saveTask, action.task) };
  }
}
