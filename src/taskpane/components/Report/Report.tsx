import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle2,
} from "@fluentui/react-components";
import { AREA_NAMES } from "../../../domain/report/messages";
import { MESSAGES } from "../../messages";
import type { BuiltReport } from "../../state/report/actions";
import { NoWorkbook } from "../NoWorkbook/NoWorkbook";
import { Panel } from "../Panel/Panel";
import { RagList } from "../RagBadge/RagList";
import { TaskStatus } from "../TaskStatus/TaskStatus";
import type { ReportProps } from "./Report.types";
import { useReport, type UseReport } from "./useReport";
import { useReportStyles } from "./useReportStyles.styles";

function CopyNote({ copy }: { readonly copy: UseReport["state"]["copy"] }): React.JSX.Element | null {
  if (copy === "idle") return null;
  const intent = copy === "copied" ? "success" : "info";
  const text = copy === "copied" ? MESSAGES.reportCopied : copy === "selected" ? MESSAGES.reportPreviewSelected : MESSAGES.reportCopyManual;
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>{text}</MessageBarBody>
    </MessageBar>
  );
}

function EmailSection({ built, report }: { readonly built: BuiltReport; readonly report: UseReport }): React.JSX.Element {
  const styles = useReportStyles();
  const { state, busy, downloads, toProblem, setTo, copy, selectPreview, downloadEml, downloadXlsx, previewRef } = report;
  const showToProblem = state.to.trim() !== "" && toProblem !== null;
  return (
    <section className={styles.section} aria-labelledby="pmo-report-email">
      <Subtitle2 as="h3" id="pmo-report-email" className={styles.heading}>
        {MESSAGES.reportEmailTitle}
      </Subtitle2>
      <Caption1 className={styles.subject}>{built.subject}</Caption1>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void copy()}>
          {MESSAGES.reportCopy}
        </Button>
        {state.copy === "manual" && <Button onClick={selectPreview}>{MESSAGES.reportSelectPreview}</Button>}
      </div>
      <CopyNote copy={state.copy} />
      {downloads.allowed ? (
        <>
          <Field
            label={MESSAGES.reportToLabel}
            hint={MESSAGES.reportToHint}
            validationState={showToProblem ? "error" : "none"}
            validationMessage={showToProblem ? toProblem : undefined}
          >
            <Input type="email" multiple value={state.to} placeholder={MESSAGES.reportToPlaceholder} onChange={(_, d) => setTo(d.value)} />
          </Field>
          <div className={styles.actions}>
            <Button disabled={busy || toProblem !== null} onClick={() => void downloadEml()}>
              {MESSAGES.reportDownloadEml}
            </Button>
            <Button disabled={busy} onClick={() => void downloadXlsx()}>
              {MESSAGES.reportDownloadXlsx}
            </Button>
          </div>
          <TaskStatus task={state.exportTask} />
        </>
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{MESSAGES.reportDownloadBlockedTitle}</MessageBarTitle>
            {downloads.reason}
          </MessageBarBody>
        </MessageBar>
      )}
      <Subtitle2 as="h3" className={styles.heading}>
        {MESSAGES.reportPreviewTitle}
      </Subtitle2>
      <iframe ref={previewRef} className={styles.preview} title={MESSAGES.reportPreviewLabel} srcDoc={built.html} sandbox="allow-same-origin" />
    </section>
  );
}

/** The Report tab: the Status Report sheet for the portfolio or a project, and its email forms. */
export function Report({ className }: ReportProps): React.JSX.Element {
  const styles = useReportStyles();
  const report = useReport();
  const { state, hasHost, busy, setProject, build } = report;
  if (!hasHost) {
    return (
      <Panel title={MESSAGES.reportTitle} description={MESSAGES.reportDescription} className={className}>
        <NoWorkbook />
      </Panel>
    );
  }
  const { built } = state;
  return (
    <Panel title={MESSAGES.reportTitle} description={MESSAGES.reportDescription} className={className}>
      <div className={styles.form}>
        <Field label={MESSAGES.reportProjectLabel} className={styles.picker}>
          <Select value={state.project} disabled={busy} onChange={(_, d) => setProject(d.value)}>
            <option value="">{MESSAGES.reportPortfolio}</option>
            {(state.projects ?? []).map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" disabled={busy} onClick={() => void build()}>
            {MESSAGES.reportBuild}
          </Button>
        </div>
      </div>
      <TaskStatus task={state.buildTask} />
      {built && (
        <>
          <RagList label={`RAG of ${built.model.header.name}`} items={built.model.rag.map((r) => ({ key: r.area, area: AREA_NAMES[r.area], rag: r.rag }))} />
          <EmailSection built={built} report={report} />
        </>
      )}
    </Panel>
  );
}
