import * as React from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Select, Subtitle2, Switch } from "@fluentui/react-components";
import { SETTING_DEFS, type SettingDef } from "../../../domain/settings";
import { MESSAGES } from "../../messages";
import { NoWorkbook } from "../NoWorkbook/NoWorkbook";
import { Panel } from "../Panel/Panel";
import { TaskStatus } from "../TaskStatus/TaskStatus";
import type { SettingsProps } from "./Settings.types";
import { useSettings, type UseSettings } from "./useSettings";
import { useSettingsStyles } from "./useSettingsStyles.styles";

interface ThresholdFieldProps {
  readonly def: SettingDef;
  readonly settings: UseSettings;
}

function ThresholdField({ def, settings }: ThresholdFieldProps): React.JSX.Element {
  const styles = useSettingsStyles();
  const { state, errors, busy, edit } = settings;
  const error = errors[def.key];
  const value = state.draft[def.key];
  const field = (control: React.ReactElement): React.JSX.Element => (
    <Field label={def.label} hint={def.description} className={styles.field} validationState={error ? "error" : "none"} validationMessage={error}>
      {control}
    </Field>
  );
  if (def.kind === "text") {
    return field(
      <Select className={styles.input} value={value} disabled={busy} onChange={(_, d) => edit(def.key, d.value)}>
        <option value="RACI">RACI</option>
        <option value="RASCI">RASCI</option>
      </Select>,
    );
  }
  return field(
    <Input
      className={styles.input}
      type="number"
      inputMode="decimal"
      min={0}
      step="any"
      {...(def.kind === "percent" ? { max: 100, contentAfter: <span aria-hidden="true">%</span> } : {})}
      value={value}
      disabled={busy}
      onChange={(_, d) => edit(def.key, d.value)}
    />,
  );
}

/** The Settings tab: the As Of and the thresholds, read from and written to the Settings sheet. */
export function Settings({ className }: SettingsProps): React.JSX.Element {
  const styles = useSettingsStyles();
  const settings = useSettings();
  const { state, hasHost, busy, errors, changed, today, edit, reset, save } = settings;
  const { loaded, draft } = state;

  const frame = (children: React.ReactNode): React.JSX.Element => (
    <Panel title={MESSAGES.settingsTitle} description={MESSAGES.settingsDescription} className={className}>
      {children}
    </Panel>
  );
  if (!hasHost) return frame(<NoWorkbook />);
  if (!loaded) return frame(<TaskStatus task={state.loadTask} />);
  if (!loaded.hasTable) {
    return frame(
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{MESSAGES.settingsNoTableTitle}</MessageBarTitle>
          {MESSAGES.settingsNoTableBody}
        </MessageBarBody>
      </MessageBar>,
    );
  }

  const asOfDef = SETTING_DEFS.find((d) => d.key === "asOf");
  const todayMode = draft.asOf === "";
  return frame(
    <form
      className={styles.form}
      // The pane checks the values itself and says what is wrong next to each field.
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <fieldset className={styles.group}>
        <legend className={styles.legend}>
          <Subtitle2>{asOfDef?.label ?? "As Of"}</Subtitle2>
        </legend>
        <Switch checked={todayMode} disabled={busy} label={MESSAGES.settingsAsOfToday} onChange={(_, d) => edit("asOf", d.checked ? "" : today)} />
        {!todayMode && (
          <Field label={MESSAGES.settingsAsOfDate} hint={asOfDef?.description} className={styles.field} validationState={errors.asOf ? "error" : "none"} validationMessage={errors.asOf}>
            <Input className={styles.input} type="date" value={draft.asOf} disabled={busy} onChange={(_, d) => edit("asOf", d.value)} />
          </Field>
        )}
      </fieldset>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>
          <Subtitle2>{MESSAGES.settingsThresholdsLabel}</Subtitle2>
        </legend>
        {SETTING_DEFS.filter((d) => d.key !== "asOf").map((def) => (
          <ThresholdField key={def.key} def={def} settings={settings} />
        ))}
      </fieldset>
      <TaskStatus task={state.saveTask} />
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy || changed.length === 0}>
          {MESSAGES.settingsSave}
        </Button>
        <Button type="button" disabled={busy || changed.length === 0} onClick={reset}>
          {MESSAGES.settingsReset}
        </Button>
      </div>
    </form>,
  );
}
