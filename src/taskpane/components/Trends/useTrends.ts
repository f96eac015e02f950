import * as React from "react";
import { isIso, type Iso } from "../../../domain/dates";
import { SETTINGS_SHEET } from "../../../domain/registers/catalogue";
import { loadEngine } from "../../engine";
import type { ResolvedAsOf } from "../../engine/as-of";
import { useEnvironment } from "../../environment";
import { useHost } from "../../host-context";
import { FORMATS, MESSAGES } from "../../messages";
import { runTask } from "../../run-task";
import { usePaneDispatch, usePaneState } from "../../state/store";
import type { Outcome, TaskAction } from "../../state/task";
import { trendsActions } from "../../state/trends/actions";
import type { TrendsState } from "../../state/trends/reducer";
import { isBusy } from "../../state/trends/selectors";

export interface UseTrends {
  readonly state: TrendsState;
  readonly hasHost: boolean;
  readonly busy: boolean;
  /** The workbook's As Of (for the field's initial value). */
  readonly workbookAsOf: ResolvedAsOf | null;
  /** The As Of shown in the field. */
  readonly asOfText: string;
  readonly asOfValid: boolean;
  readonly setAsOf: (text: string) => void;
  readonly takeSnapshot: () => Promise<void>;
  readonly buildMetrics: () => Promise<void>;
}

function missingOutcome(missing: readonly string[]): Outcome {
  return { intent: "warning", title: MESSAGES.trendsMissingTitle, text: FORMATS.missingTables(missing) };
}

/** State and effects of the Trends tab: the As Of, the snapshot and the metrics. */
export function useTrends(): UseTrends {
  const host = useHost();
  const env = useEnvironment();
  const state = usePaneState((s) => s.trends);
  const dispatch = usePaneDispatch();
  const [workbookAsOf, setWorkbookAsOf] = React.useState<ResolvedAsOf | null>(null);
  const [typed, setTyped] = React.useState<string | null>(state.asOf);

  // The workbook's As Of, read from the Settings sheet alone.
  React.useEffect(() => {
    if (!host) return undefined;
    let live = true;
    void (async () => {
      try {
        const [engine, wb] = await Promise.all([loadEngine(), host.read({ sheets: [SETTINGS_SHEET] })]);
        if (live) setWorkbookAsOf(engine.resolveAsOf(wb, env.today()));
      } catch {
        // The field then starts empty; taking a snapshot reads the workbook again and reports errors.
      }
    })();
    return () => {
      live = false;
    };
  }, [host, env]);

  const asOfText = typed ?? workbookAsOf?.asOf ?? "";
  const asOfValid = asOfText === "" || isIso(asOfText);

  const setAsOf = React.useCallback(
    (text: string) => {
      setTyped(text);
      dispatch(trendsActions.asOf(isIso(text) ? text : null));
    },
    [dispatch],
  );

  /** The As Of to use: what the user typed, else the workbook's (read now). */
  const chosenAsOf = React.useCallback(
    (resolved: ResolvedAsOf): Iso => (typed && isIso(typed) ? typed : resolved.asOf),
    [typed],
  );

  const takeSnapshot = React.useCallback(async (): Promise<void> => {
    if (!host) return;
    const task = (a: TaskAction): void => dispatch(trendsActions.snapshotTask(a));
    await runTask(task, MESSAGES.reading, MESSAGES.trendsErrorTitle, async (steps) => {
      const engine = await loadEngine();
      const wb = await host.read();
      const asOf = chosenAsOf(engine.resolveAsOf(wb, env.today()));
      steps.step(MESSAGES.trendsSnapshotting);
      const result = engine.snapshot(wb, { ...engine.settingsOf(wb, asOf), asOf });
      if (!result.ok) return missingOutcome(result.missing);
      steps.step(MESSAGES.writing);
      await host.apply(result.plan, steps.progress);
      dispatch(trendsActions.snapshot(result.summary));
      const s = result.summary;
      return { intent: "success", title: MESSAGES.trendsSnapshotTitle, text: FORMATS.snapshotDone(s.asOf, s.projects, s.milestones, s.replaced.statusHistory + s.replaced.milestoneHistory) };
    });
  }, [host, env, dispatch, chosenAsOf]);

  const buildMetrics = React.useCallback(async (): Promise<void> => {
    if (!host) return;
    const task = (a: TaskAction): void => dispatch(trendsActions.metricsTask(a));
    await runTask(task, MESSAGES.reading, MESSAGES.trendsErrorTitle, async (steps) => {
      const engine = await loadEngine();
      const wb = await host.read();
      const asOf = chosenAsOf(engine.resolveAsOf(wb, env.today()));
      steps.step(MESSAGES.trendsBuilding);
      const result = engine.metrics(wb, { ...engine.settingsOf(wb, asOf), asOf });
      if (!result.ok) return missingOutcome(result.missing);
      steps.step(MESSAGES.writing);
      const applied = await host.apply(result.plan, steps.progress);
      const unavailable = [...new Set([...host.capabilities().missing, ...applied.skipped.map((s) => s.reason)])];
      dispatch(trendsActions.metrics({ json: result.json, summary: result.summary }, unavailable));
      const s = result.summary;
      const text = [FORMATS.metricsDone(s.projects, s.pivots, s.charts), ...s.warnings.map((w) => `Note: ${w}.`)].join(" ");
      return { intent: unavailable.length || s.warnings.length ? "warning" : "success", title: MESSAGES.trendsMetricsTitle, text };
    });
  }, [host, env, dispatch, chosenAsOf]);

  return { state, hasHost: !!host, busy: isBusy(state), workbookAsOf, asOfText, asOfValid, setAsOf, takeSnapshot, buildMetrics };
}
