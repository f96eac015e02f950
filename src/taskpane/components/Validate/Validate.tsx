import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  mergeClasses,
  Select,
  Switch,
  useArrowNavigationGroup,
  type AccordionToggleData,
} from "@fluentui/react-components";
import { ErrorCircle20Filled, Info20Filled, Warning20Filled } from "@fluentui/react-icons";
import type { Finding, Severity } from "../../../domain/findings";
import { FORMATS, MESSAGES, plural } from "../../messages";
import type { SeverityFilter } from "../../state/validation/actions";
import { findingKey, type RuleGroup } from "../../state/validation/selectors";
import { Panel } from "../Panel/Panel";
import { ErrorBar, TaskStatus } from "../TaskStatus/TaskStatus";
import { NoWorkbook } from "../NoWorkbook/NoWorkbook";
import type { ValidateProps } from "./Validate.types";
import { useValidate } from "./useValidate";
import { useValidateStyles } from "./useValidateStyles.styles";

const SEVERITY_WORD: Readonly<Record<Severity, string>> = { error: "Error", warning: "Warning", info: "Info" };

function SeverityIcon({ severity }: { readonly severity: Severity }): React.JSX.Element {
  const styles = useValidateStyles();
  const Icon = severity === "error" ? ErrorCircle20Filled : severity === "warning" ? Warning20Filled : Info20Filled;
  // The word is there for screen readers; sighted users read the colour and the shape.
  return <Icon className={mergeClasses(styles.ruleIcon, styles[severity])} aria-label={SEVERITY_WORD[severity]} role="img" />;
}

interface FindingItemProps {
  readonly finding: Finding;
  readonly selected: boolean;
  readonly onSelect: (f: Finding) => void;
}

function FindingItem({ finding, selected, onSelect }: FindingItemProps): React.JSX.Element {
  const styles = useValidateStyles();
  const tone = finding.severity === "error" ? styles.findingError : finding.severity === "warning" ? styles.findingWarning : styles.findingInfo;
  return (
    <li>
      <Button
        appearance="subtle"
        className={mergeClasses(styles.finding, tone, selected && styles.findingSelected)}
        aria-current={selected ? "true" : undefined}
        aria-label={`${SEVERITY_WORD[finding.severity]}, ${finding.sheet}!${FORMATS.findingButton(finding.cell, finding.message)}`}
        onClick={() => onSelect(finding)}
      >
        <span className={styles.cell}>{finding.cell}</span>
        <span className={styles.message}>{finding.message}</span>
      </Button>
    </li>
  );
}

interface RuleGroupsProps {
  readonly groups: readonly RuleGroup[];
  readonly descriptions: Readonly<Record<string, string>>;
  readonly selected: { readonly sheet: string; readonly cell: string } | null;
  readonly onSelect: (f: Finding) => void;
}

/** Findings grouped by rule (an accordion item each), then by sheet. */
function RuleGroups({ groups, descriptions, selected, onSelect }: RuleGroupsProps): React.JSX.Element {
  const styles = useValidateStyles();
  // Arrow keys move between the findings of a list; Tab leaves it.
  const arrows = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  const [closed, setClosed] = React.useState<ReadonlySet<string>>(new Set());
  const open = groups.map((g) => g.rule).filter((r) => !closed.has(r));
  const onToggle = (_: unknown, data: AccordionToggleData<string>): void => {
    const nowOpen = new Set(data.openItems);
    setClosed(new Set(groups.map((g) => g.rule).filter((r) => !nowOpen.has(r))));
  };
  return (
    <Accordion multiple collapsible openItems={open} onToggle={onToggle} aria-label={MESSAGES.validateFindingsLabel}>
      {groups.map((g) => (
        <AccordionItem key={g.rule} value={g.rule}>
          <AccordionHeader size="small" expandIconPosition="end">
            <span className={styles.ruleHeader}>
              <SeverityIcon severity={g.severity} />
              {FORMATS.ruleGroup(g.rule, g.count)}
            </span>
          </AccordionHeader>
          <AccordionPanel>
            {descriptions[g.rule] && <Caption1 className={styles.ruleDescription}>{descriptions[g.rule]}</Caption1>}
            {g.sheets.map((s) => (
              <section key={s.sheet} aria-label={`${g.rule} on ${s.sheet}`}>
                <Caption1 as="h4" className={styles.sheet}>
                  {FORMATS.sheetGroup(s.sheet, s.findings.length)}
                </Caption1>
                <ul className={styles.list} {...arrows}>
                  {s.findings.map((f) => (
                    <FindingItem key={findingKey(f)} finding={f} selected={selected?.sheet === f.sheet && selected.cell === f.cell} onSelect={onSelect} />
                  ))}
                </ul>
              </section>
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

/** The Validate tab: run the rules, see the findings by rule and sheet, go to a finding's cell. */
export function Validate({ className }: ValidateProps): React.JSX.Element {
  const styles = useValidateStyles();
  const { state, hasHost, inExcel, groups, shown, run, select, setSeverity, setWriteSheet } = useValidate();
  const { task, result, severity, writeSheet, selected, selectError } = state;
  const onSelect = React.useCallback((f: Finding) => void select(f), [select]);

  if (!hasHost) {
    return (
      <Panel title={MESSAGES.validateTitle} description={MESSAGES.validateDescription} className={className}>
        <NoWorkbook />
      </Panel>
    );
  }

  const counts = result?.counts;
  return (
    <Panel title={MESSAGES.validateTitle} description={MESSAGES.validateDescription} className={className}>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={task.running} onClick={() => void run()}>
          {MESSAGES.validateRun}
        </Button>
        <Switch checked={writeSheet} disabled={task.running} label={MESSAGES.validateWriteSheet} onChange={(_, d) => setWriteSheet(d.checked)} />
      </div>
      <TaskStatus task={task} />
      {result && counts && (
        <>
          <div className={styles.toolbar}>
            <div className={styles.counts}>
              <Badge appearance="tint" color="danger">
                {plural(counts.errors, "error")}
              </Badge>
              <Badge appearance="tint" color="warning">
                {plural(counts.warnings, "warning")}
              </Badge>
              <Badge appearance="tint" color="informative">
                {`${counts.infos} info`}
              </Badge>
            </div>
            <Field label={MESSAGES.validateSeverityLabel} className={styles.filter} size="small">
              <Select size="small" value={severity} onChange={(_, d) => setSeverity(d.value as SeverityFilter)}>
                <option value="all">{FORMATS.severityOption(MESSAGES.validateAll, result.findings.length)}</option>
                <option value="error">{FORMATS.severityOption(MESSAGES.validateErrors, counts.errors)}</option>
                <option value="warning">{FORMATS.severityOption(MESSAGES.validateWarnings, counts.warnings)}</option>
                <option value="info">{FORMATS.severityOption(MESSAGES.validateInfos, counts.infos)}</option>
              </Select>
            </Field>
          </div>
          {selectError && <ErrorBar error={selectError} />}
          <Caption1 className={styles.selection} role="status">
            {selected ? FORMATS.selected(selected.sheet, selected.cell, inExcel) : ""}
          </Caption1>
          {result.findings.length === 0 ? (
            <Body1 className={styles.empty}>{MESSAGES.validateNone}</Body1>
          ) : shown === 0 ? (
            <Body1 className={styles.empty}>{MESSAGES.validateNoneShown}</Body1>
          ) : (
            <RuleGroups groups={groups} descriptions={result.descriptions} selected={selected} onSelect={onSelect} />
          )}
        </>
      )}
    </Panel>
  );
}
