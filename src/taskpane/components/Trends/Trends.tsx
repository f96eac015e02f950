import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  Input,
  mergeClasses,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { FORMATS, MESSAGES } from "../../messages";
import type { BuiltMetrics } from "../../state/trends/actions";
import { metricRows, ragItems } from "../../state/trends/selectors";
import { NoWorkbook } from "../NoWorkbook/NoWorkbook";
import { Panel } from "../Panel/Panel";
import { RagBadge } from "../RagBadge/RagBadge";
import { RagList } from "../RagBadge/RagList";
import { TaskStatus } from "../TaskStatus/TaskStatus";
import type { TrendsProps } from "./Trends.types";
import { useTrends } from "./useTrends";
import { useTrendsStyles } from "./useTrendsStyles.styles";

function MetricsView({ metrics }: { readonly metrics: BuiltMetrics }): React.JSX.Element {
  const styles = useTrendsStyles();
  const portfolio = metrics.json.portfolio;
  const previous = portfolio.trend.previousAsOf;
  return (
    <>
      <section className={styles.section} aria-labelledby="pmo-trends-portfolio">
        <Subtitle2 as="h3" id="pmo-trends-portfolio" className={styles.heading}>
          {`${MESSAGES.trendsPortfolio}, As Of ${metrics.json.asOf}`}
        </Subtitle2>
        <RagList label="RAG" items={ragItems(portfolio)} />
        <Table size="extra-small" className={styles.table} aria-label={MESSAGES.trendsMetricsLabel}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{MESSAGES.trendsMetricHeader}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{MESSAGES.trendsValueHeader}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{MESSAGES.trendsDeltaHeader}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {metricRows(portfolio).map((m) => (
              <TableRow key={m.name}>
                <TableCell>{m.name}</TableCell>
                <TableCell className={styles.number}>{m.value}</TableCell>
                <TableCell className={mergeClasses(styles.number, styles[m.tone])}>{m.arrow && m.delta ? `${m.arrow} ${m.delta}` : m.delta || "—"}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Caption1 className={styles.caption}>{previous ? `Change since the snapshot of ${previous}.` : "No earlier snapshot to compare with."}</Caption1>
      </section>
      {metrics.json.projects.length > 0 && (
        <section className={styles.section} aria-labelledby="pmo-trends-projects">
          <Subtitle2 as="h3" id="pmo-trends-projects" className={styles.heading}>
            {MESSAGES.trendsProjectsLabel}
          </Subtitle2>
          <ul className={styles.projects}>
            {metrics.json.projects.map((p) => (
              <li key={p.projectId} className={styles.project}>
                <span>{p.projectId}</span>
                <RagBadge rag={p.rag.overall} size="small" />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** The Trends tab: take the As Of snapshot, build the Metrics sheet, PivotTables and charts. */
export function Trends({ className }: TrendsProps): React.JSX.Element {
  const styles = useTrendsStyles();
  const { state, hasHost, busy, workbookAsOf, asOfText, asOfValid, setAsOf, takeSnapshot, buildMetrics } = useTrends();
  if (!hasHost) {
    return (
      <Panel title={MESSAGES.trendsTitle} description={MESSAGES.trendsDescription} className={className}>
        <NoWorkbook />
      </Panel>
    );
  }
  const hint = workbookAsOf ? `${MESSAGES.trendsAsOfHint} ${FORMATS.asOfFrom(workbookAsOf.asOf, workbookAsOf.source)}.` : MESSAGES.trendsAsOfHint;
  return (
    <Panel title={MESSAGES.trendsTitle} description={MESSAGES.trendsDescription} className={className}>
      <div className={styles.form}>
        <Field
          label={MESSAGES.trendsAsOfLabel}
          hint={hint}
          className={styles.date}
          validationState={asOfValid ? "none" : "error"}
          validationMessage={asOfValid ? undefined : FORMATS.settingDate()}
        >
          <Input type="date" value={asOfText} disabled={busy} onChange={(_, d) => setAsOf(d.value)} />
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" disabled={busy || !asOfValid} onClick={() => void takeSnapshot()}>
            {MESSAGES.trendsSnapshot}
          </Button>
          <Button appearance="secondary" disabled={busy || !asOfValid} onClick={() => void buildMetrics()}>
            {MESSAGES.trendsMetrics}
          </Button>
        </div>
      </div>
      <TaskStatus task={state.snapshotTask} />
      <TaskStatus task={state.metricsTask} />
      {state.unavailable.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{MESSAGES.trendsCapabilitiesTitle}</MessageBarTitle>
            {state.unavailable.join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.metrics && <MetricsView metrics={state.metrics} />}
    </Panel>
  );
}
