import * as React from "react";
import { SETTINGS_SHEET } from "../../../domain/registers/catalogue";
import type { SettingKey } from "../../../domain/settings";
import { loadEngine } from "../../engine";
import { useEnvironment } from "../../environment";
import { useHost } from "../../host-context";
import { FORMATS, MESSAGES } from "../../messages";
import { runTask } from "../../run-task";
import { settingsActions } from "../../state/settings/actions";
import type { SettingsState } from "../../state/settings/reducer";
import { changedKeys, draftErrors, isSettingsBusy } from "../../state/settings/selectors";
import { usePaneDispatch, usePaneState } from "../../state/store";
import type { TaskAction } from "../../state/task";

export interface UseSettings {
  readonly state: SettingsState;
  readonly hasHost: boolean;
  readonly busy: boolean;
  readonly errors: Partial<Record<SettingKey, string>>;
  readonly changed: readonly SettingKey[];
  readonly today: string;
  readonly edit: (key: SettingKey, value: string) => void;
  readonly reset: () => void;
  readonly save: () => Promise<void>;
}

/** State and effects of the Settings tab: reads tblSettings, writes the changed values back. */
export function useSettings(): UseSettings {
  const host = useHost();
  const env = useEnvironment();
  const state = usePaneState((s) => s.settings);
  const dispatch = usePaneDispatch();
  const { loaded, draft } = state;

  const load = React.useCallback(async (): Promise<void> => {
    if (!host) return;
    await runTask((a) => dispatch(settingsActions.loadTask(a)), MESSAGES.reading, MESSAGES.readErrorTitle, async () => {
      const [engine, wb] = await Promise.all([loadEngine(), host.read({ sheets: [SETTINGS_SHEET] })]);
      dispatch(settingsActions.loaded(engine.readSettingsTable(wb)));
      return null;
    });
  }, [host, dispatch]);

  const needsLoad = !!host && loaded === null && !state.loadTask.running && !state.loadTask.error;
  React.useEffect(() => {
    if (needsLoad) void load();
  }, [needsLoad, load]);

  const errors = draftErrors(draft);
  const changed = changedKeys(state);

  const save = React.useCallback(async (): Promise<void> => {
    if (!host || !loaded) return;
    const task = (a: TaskAction): void => dispatch(settingsActions.saveTask(a));
    if (Object.keys(errors).length) {
      task({ type: "failed", error: { title: MESSAGES.settingsErrorTitle, message: MESSAGES.settingsInvalid } });
      return;
    }
    await runTask(task, MESSAGES.settingsSaving, MESSAGES.settingsErrorTitle, async (steps) => {
      const engine = await loadEngine();
      const { plan, written } = engine.settingsPlan(loaded, draft, changed);
      if (plan.ops.length) await host.apply(plan, steps.progress);
      dispatch(settingsActions.loaded(engine.readSettingsTable(await host.read({ sheets: [SETTINGS_SHEET] }))));
      return { intent: "success", title: MESSAGES.settingsSavedTitle, text: FORMATS.settingsSaved(written.length) };
    });
  }, [host, loaded, draft, changed, errors, dispatch]);

  return {
    state,
    hasHost: !!host,
    busy: isSettingsBusy(state),
    errors,
    changed,
    today: env.today(),
    edit: (key, value) => dispatch(settingsActions.edit(key, value)),
    reset: () => dispatch(settingsActions.reset()),
    save,
  };
}
