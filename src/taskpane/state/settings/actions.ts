import type { Iso } from "../../../domain/dates";
import type { SettingKey, Settings } from "../../../domain/settings";
import type { TaskAction } from "../task";

/** Keys of the thresholds (every setting but As Of). */
export type ThresholdKey = Exclude<SettingKey, "asOf">;

/** Where a setting's value cell is: the Value column of its row in tblSettings. */
export interface SettingCell {
  readonly sheet: string;
  readonly cell: string;
}

/** The Settings table as read from the workbook. */
export interface LoadedSettings {
  /** The workbook's values over the defaults. */
  readonly values: Settings;
  /** As Of: =TODAY() (or any formula), or a fixed date. */
  readonly asOf: { readonly mode: "today" } | { readonly mode: "fixed"; readonly iso: Iso };
  /** Value cells by setting; a setting without a row is absent (structure adds it). */
  readonly cells: Readonly<Partial<Record<SettingKey, SettingCell>>>;
  readonly hasTable: boolean;
}

/**
 * What the user is typing: every threshold as text (percentages as 0–100), and As Of as ""
 * (today) or a date.
 */
export type SettingsDraft = Readonly<Record<SettingKey, string>>;

export type SettingsAction =
  | { readonly type: "settings/loadTask"; readonly task: TaskAction }
  | { readonly type: "settings/loaded"; readonly loaded: LoadedSettings }
  | { readonly type: "settings/edit"; readonly key: SettingKey; readonly value: string }
  | { readonly type: "settings/reset" }
  | { readonly type: "settings/saveTask"; readonly task: TaskAction };

export const settingsActions = {
  loadTask: (task: TaskAction): SettingsAction => ({ type: "settings/loadTask", task }),
  loaded: (loaded: LoadedSettings): SettingsAction => ({ type: "settings/loaded", loaded }),
  edit: (key: SettingKey, value: string): SettingsAction => ({ type: "settings/edit", key, value }),
  reset: (): SettingsAction => ({ type: "settings/reset" }),
  saveTask: (task: TaskAction): SettingsAction => ({ type: "settings/saveTask", task }),
} as const;
