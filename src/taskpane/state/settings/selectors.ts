import { isIso } from "../../../domain/dates";
import { SETTING_DEFS, type SettingDef, type SettingKey } from "../../../domain/settings";
import { FORMATS } from "../../messages";
import type { SettingsDraft } from "./actions";
import { draftOf, type SettingsState } from "./reducer";

/** A setting's typed text as the value the workbook keeps; an error message when it is not one. */
export type ParsedSetting = { readonly ok: true; readonly value: number | string | null } | { readonly ok: false; readonly message: string };

export function parseSetting(def: SettingDef, text: string): ParsedSetting {
  const t = text.trim();
  switch (def.kind) {
    case "date":
      // "" is =TODAY().
      if (!t) return { ok: true, value: null };
      return isIso(t) ? { ok: true, value: t } : { ok: false, message: FORMATS.settingDate() };
    case "text":
      return t.toUpperCase() === "RACI" || t.toUpperCase() === "RASCI" ? { ok: true, value: t.toUpperCase() } : { ok: false, message: "RACI or RASCI." };
    case "percent": {
      const n = Number(t);
      if (!t || !Number.isFinite(n) || n < 0 || n > 100) return { ok: false, message: FORMATS.settingPercent(def.label) };
      return { ok: true, value: Math.round((n / 100) * 1e9) / 1e9 };
    }
    case "number": {
      const n = Number(t);
      if (!t || !Number.isFinite(n) || n < 0) return { ok: false, message: FORMATS.settingNumber(def.label) };
      return { ok: true, value: n };
    }
  }
}

/** Error messages of the draft, by setting. */
export function draftErrors(draft: SettingsDraft): Partial<Record<SettingKey, string>> {
  const out: Partial<Record<SettingKey, string>> = {};
  for (const def of SETTING_DEFS) {
    const p = parseSetting(def, draft[def.key]);
    if (!p.ok) out[def.key] = p.message;
  }
  return out;
}

/** Settings whose typed value differs from what the workbook holds. */
export function changedKeys(state: SettingsState): SettingKey[] {
  const base = draftOf(state.loaded);
  return SETTING_DEFS.filter((d) => {
    const a = parseSetting(d, state.draft[d.key]);
    const b = parseSetting(d, base[d.key]);
    if (!a.ok) return state.draft[d.key] !== base[d.key];
    return !b.ok || a.value !== b.value;
  }).map((d) => d.key);
}

export function isSettingsBusy(state: SettingsState): boolean {
  return state.loadTask.running || state.saveTask.running;
}
