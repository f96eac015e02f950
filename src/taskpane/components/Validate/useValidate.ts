import * as React from "react";
import type { Finding } from "../../../domain/findings";
import { loadEngine } from "../../engine";
import { useEnvironment } from "../../environment";
import { paneError } from "../../errors";
import { useHost } from "../../host-context";
import { FORMATS, MESSAGES } from "../../messages";
import { runTask } from "../../run-task";
import { usePaneDispatch, usePaneState } from "../../state/store";
import type { TaskAction } from "../../state/task";
import { validationActions, type SeverityFilter } from "../../state/validation/actions";
import type { ValidationState } from "../../state/validation/reducer";
import { countSeverities, groupFindings, visibleFindings, type RuleGroup } from "../../state/validation/selectors";

export interface UseValidate {
  readonly state: ValidationState;
  readonly hasHost: boolean;
  readonly inExcel: boolean;
  readonly groups: readonly RuleGroup[];
  readonly shown: number;
  readonly run: () => Promise<void>;
  readonly select: (finding: Finding) => Promise<void>;
  readonly setSeverity: (severity: SeverityFilter) => void;
  readonly setWriteSheet: (write: boolean) => void;
}

/** State and effects of the Validate tab: runs validation and selects a finding's cell. */
export function useValidate(): UseValidate {
  const host = useHost();
  const env = useEnvironment();
  const state = usePaneState((s) => s.validation);
  const dispatch = usePaneDispatch();
  const { writeSheet } = state;

  const run = React.useCallback(async (): Promise<void> => {
    if (!host) return;
    const task = (a: TaskAction): void => dispatch(validationActions.task(a));
    await runTask(task, MESSAGES.reading, MESSAGES.validateErrorTitle, async (steps) => {
      const engine = await loadEngine();
      const wb = await host.read();
      steps.step(MESSAGES.validateRunning);
      const { asOf } = engine.resolveAsOf(wb, env.today());
      const result = engine.validate(wb, engine.settingsOf(wb, asOf), asOf);
      if (writeSheet) {
        steps.step(MESSAGES.writing);
        await host.apply(result.plan, steps.progress);
      }
      const counts = countSeverities(result.findings);
      dispatch(
        validationActions.result({
          findings: result.findings,
          counts,
          checked: result.summary.checked.length,
          asOf,
          wroteSheet: writeSheet,
          descriptions: engine.ruleDescriptions(),
        }),
      );
      return {
        intent: counts.errors ? "warning" : "success",
        title: MESSAGES.validateDoneTitle,
        text: FORMATS.validateSummary(result.summary.checked.length, asOf, counts, writeSheet),
      };
    });
  }, [host, env, dispatch, writeSheet]);

  const select = React.useCallback(
    async (finding: Finding): Promise<void> => {
      if (!host) return;
      try {
        await host.select(finding.sheet, finding.cell);
        dispatch(validationActions.selected(finding.sheet, finding.cell));
      } catch (error) {
        dispatch(validationActions.selectFailed(paneError(MESSAGES.validateSelectErrorTitle, error)));
      }
    },
    [host, dispatch],
  );

  const setSeverity = React.useCallback((severity: SeverityFilter) => dispatch(validationActions.severity(severity)), [dispatch]);
  const setWriteSheet = React.useCallback((write: boolean) => dispatch(validationActions.writeSheet(write)), [dispatch]);

  const visible = visibleFindings(state);
  const groups = React.useMemo(() => groupFindings(visible), [visible]);
  return { state, hasHost: !!host, inExcel: host?.kind === "office", groups, shown: visible.length, run, select, setSeverity, setWriteSheet };
}
