import * as React from "react";
import {
  Badge,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  type BadgeProps,
} from "@fluentui/react-components";
import { REGISTERS } from "../../../domain/registers/catalogue";
import type { WorkbookSnapshot } from "../../../plan/snapshot";
import { useHost } from "../../host-context";
import { FORMATS, MESSAGES } from "../../messages";
import { ConvertSheet } from "../ConvertSheet/ConvertSheet";
import { useConvertSheetList } from "../ConvertSheet/useConvertSheet";
import { Panel } from "../Panel/Panel";
import type { RegisterState, RegisterStatus } from "./register-status";
import type { StructureProps } from "./Structure.types";
import { useStructure } from "./useStructure";
import { useStructureStyles } from "./useStructureStyles.styles";

const BADGE: Record<RegisterState, { readonly label: string; readonly color: BadgeProps["color"] }> = {
  present: { label: MESSAGES.structurePresent, color: "success" },
  incomplete: { label: MESSAGES.structurePresent, color: "warning" },
  missing: { label: MESSAGES.structureMissing, color: "informative" },
  blocked: { label: MESSAGES.structureMissing, color: "danger" },
};

function RegisterItem({ status }: { readonly status: RegisterStatus }): React.JSX.Element {
  const styles = useStructureStyles();
  const badge = BADGE[status.state];
  return (
    <li className={styles.item}>
      <span className={styles.name}>
        <Body1Strong>{status.title}</Body1Strong>
        <Caption1 className={styles.detail}>{FORMATS.tableOnSheet(status.table, status.sheet)}</Caption1>
      </span>
      <Badge appearance="tint" color={badge.color}>
        {badge.label}
      </Badge>
      {status.missingColumns.length > 0 && <Caption1 className={styles.note}>{FORMATS.missingColumns(status.missingColumns)}</Caption1>}
      {status.reason && <Caption1 className={styles.note}>{status.reason}</Caption1>}
    </li>
  );
}

/** The Structure tab: which registers the workbook has, and a button that creates the rest. */
export function Structure({ className }: StructureProps): React.JSX.Element {
  const host = useHost();
  const styles = useStructureStyles();
  const listSheets = useConvertSheetList();
  const onRead = React.useCallback((wb: WorkbookSnapshot) => void listSheets(wb).catch(() => undefined), [listSheets]);
  const { state, refresh, createRegisters } = useStructure(host, onRead);
  const onConverted = React.useCallback(() => void refresh(), [refresh]);
  const { phase, view, error, outcome, progress } = state;
  const busy = phase === "reading" || phase === "applying";
  const present = view?.statuses.filter((s) => s.state === "present" || s.state === "incomplete").length ?? 0;

  return (
    <Panel title={MESSAGES.structureTitle} description={MESSAGES.structureDescription} className={className}>
      {!host && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{MESSAGES.noWorkbookTitle}</MessageBarTitle>
            {MESSAGES.noWorkbookBody}
          </MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{error.title}</MessageBarTitle>
            {error.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome && (
        <MessageBar intent={outcome.intent}>
          <MessageBarBody>
            <MessageBarTitle>{outcome.title}</MessageBarTitle>
            {outcome.text}
          </MessageBarBody>
        </MessageBar>
      )}
      {phase === "reading" && <Spinner size="tiny" labelPosition="after" label={MESSAGES.structureReading} />}
      {phase === "applying" && (
        <div role="status">
          <Spinner size="tiny" labelPosition="after" label={MESSAGES.structureApplying} />
          {progress && progress.total > 0 && <ProgressBar value={progress.done / progress.total} aria-label={MESSAGES.structureApplying} />}
        </div>
      )}
      {host && view && (
        <>
          <Body1 className={styles.count}>{FORMATS.registersPresent(present, REGISTERS.length)}</Body1>
          <ul className={styles.list} aria-label={MESSAGES.structureListLabel}>
            {view.statuses.map((s) => (
              <RegisterItem key={s.key} status={s} />
            ))}
          </ul>
          {view.pendingOps === 0 && <Caption1>{MESSAGES.structureDone}</Caption1>}
        </>
      )}
      {host && (
        <div className={styles.actions}>
          <Button appearance="primary" disabled={busy || !view || view.pendingOps === 0} onClick={() => void createRegisters()}>
            {MESSAGES.structureCreate}
          </Button>
          <Button appearance="secondary" disabled={busy} onClick={() => void refresh()}>
            {MESSAGES.structureRefresh}
          </Button>
        </div>
      )}
      {host && <ConvertSheet onConverted={onConverted} />}
    </Panel>
  );
}
