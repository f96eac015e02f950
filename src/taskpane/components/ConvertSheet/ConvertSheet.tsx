import * as React from "react";
import { Body1Strong, Button, Caption1, Field, mergeClasses, Select, Subtitle2 } from "@fluentui/react-components";
import { REGISTERS, register as registerDef } from "../../../domain/registers/catalogue";
import type { RegisterKey } from "../../../domain/registers/types";
import type { ConversionProposal } from "../../../operations/convert";
import { FORMATS, MESSAGES } from "../../messages";
import { ALL_SHEETS } from "../../state/convert/actions";
import { baseColumns, chosenRegister, chosenTarget, PERSON_TARGET } from "../../state/convert/selectors";
import { TaskStatus } from "../TaskStatus/TaskStatus";
import type { ConvertSheetProps } from "./ConvertSheet.types";
import { useConvertSheet, type UseConvertSheet } from "./useConvertSheet";
import { useConvertSheetStyles } from "./useConvertSheetStyles.styles";

/** Registers a table can be converted into (not the histories, which snapshots write). */
const TARGET_REGISTERS = REGISTERS.filter((r) => !r.generated);
const EXTRA = "";
const SKIP = "skip";

function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

interface ProposalCardProps {
  readonly proposal: ConversionProposal;
  readonly convert: UseConvertSheet;
}

function ProposalCard({ proposal: p, convert }: ProposalCardProps): React.JSX.Element {
  const styles = useConvertSheetStyles();
  const choice = convert.state.choices[p.id];
  const reg = chosenRegister(p, choice);
  const skipped = choice?.register === "skip";
  const confidenceOf = (key: RegisterKey): number | undefined => (key === p.register ? p.confidence : p.alternatives.find((a) => a.register === key)?.confidence);
  const regValue = skipped ? SKIP : (reg ?? "");
  const def = reg ? registerDef(reg) : null;
  const targets = def ? def.columns.filter((c) => !c.calc) : [];
  const titleId = `pmo-convert-${p.id.replace(/[^A-Za-z0-9]/g, "-")}`;
  return (
    <li className={mergeClasses(styles.table, skipped && styles.skipped)} aria-labelledby={titleId}>
      <div className={styles.tableHeader}>
        <Body1Strong id={titleId}>{`${p.sheet}!${p.range}`}</Body1Strong>
        <Caption1 className={styles.muted}>{FORMATS.convertTable(`header row ${p.headerRow}`, p.rows)}</Caption1>
      </div>
      <Field label={MESSAGES.convertRegisterLabel} size="small" hint={reg === null && !skipped ? MESSAGES.convertNotRecognised : undefined}>
        <Select size="small" value={regValue} disabled={convert.busy} onChange={(_, d) => convert.setRegister(p, d.value as RegisterKey | "skip")}>
          {reg === null && !skipped && (
            <option value="" disabled>
              {MESSAGES.convertNotRecognised}
            </option>
          )}
          {TARGET_REGISTERS.map((r) => {
            const c = confidenceOf(r.key);
            return (
              <option key={r.key} value={r.key}>
                {c ? `${r.title} (${percent(c)})` : r.title}
              </option>
            );
          })}
          <option value={SKIP}>{MESSAGES.convertSkip}</option>
        </Select>
      </Field>
      {def && !skipped && (
        <fieldset className={styles.columns}>
          <legend className={styles.legend}>
            <Caption1>{MESSAGES.convertColumnsLabel}</Caption1>
          </legend>
          {baseColumns(p, choice).map((col) => {
            const target = chosenTarget(p, choice, col.sourceColumn);
            return (
              <Field key={col.sourceColumn} label={FORMATS.convertColumn(col.sourceColumn, col.sourceHeader)} orientation="horizontal" size="small" className={styles.column}>
                <Select
                  size="small"
                  value={target ?? EXTRA}
                  disabled={convert.busy}
                  onChange={(_, d) => convert.setColumn(p, col.sourceColumn, d.value === EXTRA ? null : d.value)}
                >
                  <option value={EXTRA}>{MESSAGES.convertExtra}</option>
                  {def.key === "raci" && <option value={PERSON_TARGET}>{MESSAGES.convertPerson}</option>}
                  {targets.map((c) => (
                    <option key={c.key} value={c.key}>
                      {c.header}
                    </option>
                  ))}
                </Select>
              </Field>
            );
          })}
        </fieldset>
      )}
    </li>
  );
}

/**
 * Convert a sheet: pick a sheet (inside Excel, the active one), preview the tables found with
 * the register and column mapping proposed, change what is wrong, convert.
 */
export function ConvertSheet({ onConverted, className }: ConvertSheetProps): React.JSX.Element | null {
  const styles = useConvertSheetStyles();
  const convert = useConvertSheet(onConverted);
  const { state, hasHost, busy, shown, convertible, canUseActiveSheet, setSheet, pickActiveSheet, find } = convert;
  if (!hasHost) return null;
  const noSheets = state.sheets.length === 0;
  return (
    <section className={mergeClasses(styles.root, className)} aria-labelledby="pmo-convert-title">
      <Subtitle2 as="h3" id="pmo-convert-title" className={styles.heading}>
        {MESSAGES.convertTitle}
      </Subtitle2>
      <Caption1 as="p" className={styles.description}>
        {MESSAGES.convertDescription}
      </Caption1>
      <div className={styles.picker}>
        <Field label={MESSAGES.convertSheetLabel} className={styles.sheetField}>
          <Select value={state.sheet} disabled={busy} onChange={(_, d) => setSheet(d.value)}>
            <option value={ALL_SHEETS}>{MESSAGES.convertAllSheets}</option>
            {state.sheets.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </Field>
        {canUseActiveSheet && (
          <Button appearance="subtle" disabled={busy} onClick={() => void pickActiveSheet()}>
            {MESSAGES.convertActiveSheet}
          </Button>
        )}
      </div>
      <div className={styles.actions}>
        <Button appearance={state.proposals ? "secondary" : "primary"} disabled={busy} onClick={() => void find()}>
          {MESSAGES.convertFind}
        </Button>
        {state.proposals && (
          <Button appearance="primary" disabled={busy || convertible === 0} onClick={() => void convert.convert()}>
            {MESSAGES.convertRun}
          </Button>
        )}
      </div>
      <TaskStatus task={state.findTask} />
      <TaskStatus task={state.convertTask} />
      {state.proposals && noSheets && <Caption1 className={styles.muted}>{MESSAGES.convertNoSheets}</Caption1>}
      {state.proposals && !noSheets && shown.length === 0 && <Caption1 className={styles.muted}>{MESSAGES.convertNoTables}</Caption1>}
      {shown.length > 0 && (
        <ul className={styles.list} aria-label={MESSAGES.convertTitle}>
          {shown.map((p) => (
            <ProposalCard key={p.id} proposal={p} convert={convert} />
          ))}
        </ul>
      )}
    </section>
  );
}
