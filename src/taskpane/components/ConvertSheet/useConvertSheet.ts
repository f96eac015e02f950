import * as React from "react";
import type { RegisterKey } from "../../../domain/registers/types";
import type { ConversionProposal } from "../../../operations/convert";
import type { WorkbookSnapshot } from "../../../plan/snapshot";
import { loadEngine } from "../../engine";
import { useEnvironment } from "../../environment";
import { useHost } from "../../host-context";
import { FORMATS, MESSAGES } from "../../messages";
import { runTask } from "../../run-task";
import { convertActions } from "../../state/convert/actions";
import type { ConvertState } from "../../state/convert/reducer";
import { convertibleCount, overridesOf, shownProposals } from "../../state/convert/selectors";
import { usePaneDispatch, usePaneState } from "../../state/store";
import type { Outcome, TaskAction } from "../../state/task";

export interface UseConvertSheet {
  readonly state: ConvertState;
  readonly hasHost: boolean;
  readonly busy: boolean;
  readonly shown: readonly ConversionProposal[];
  readonly convertible: number;
  /** Inside Excel: the active sheet can be picked with one button. */
  readonly canUseActiveSheet: boolean;
  readonly setSheet: (sheet: string) => void;
  readonly pickActiveSheet: () => Promise<void>;
  readonly find: () => Promise<void>;
  readonly setRegister: (p: ConversionProposal, register: RegisterKey | "skip") => void;
  readonly setColumn: (p: ConversionProposal, column: string, target: string | null) => void;
  readonly convert: () => Promise<void>;
}

function sentence(s: string): string {
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}${/[.!?]$/.test(s) ? "" : "."}`;
}

/**
 * Lists the sheets that can be converted, from a snapshot read anyway (the Structure tab's), and
 * picks the active sheet inside Excel.
 */
export function useConvertSheetList(): (wb: WorkbookSnapshot) => Promise<void> {
  const env = useEnvironment();
  const dispatch = usePaneDispatch();
  return React.useCallback(
    async (wb: WorkbookSnapshot): Promise<void> => {
      const engine = await loadEngine();
      const active = env.activeSheet ? await env.activeSheet().catch(() => null) : null;
      dispatch(convertActions.sheets(engine.convertSheets(wb), active));
    },
    [env, dispatch],
  );
}

/**
 * State and effects of the conversion preview: the sheets that can be converted, the tables
 * found on the chosen one with their proposed mapping, the user's changes, and the conversion.
 */
export function useConvertSheet(onConverted?: () => void): UseConvertSheet {
  const host = useHost();
  const env = useEnvironment();
  const state = usePaneState((s) => s.convert);
  const dispatch = usePaneDispatch();
  // The snapshot the proposals were made from: a register picked later is mapped on it.
  const proposedFrom = React.useRef<WorkbookSnapshot | null>(null);

  const readSheets = useConvertSheetList();

  const find = React.useCallback(async (): Promise<void> => {
    if (!host) return;
    const task = (a: TaskAction): void => dispatch(convertActions.findTask(a));
    await runTask(task, MESSAGES.convertFinding, MESSAGES.readErrorTitle, async () => {
      const [engine, wb] = await Promise.all([loadEngine(), host.read()]);
      dispatch(convertActions.sheets(engine.convertSheets(wb), null));
      proposedFrom.current = wb;
      dispatch(convertActions.proposals(engine.proposeConversions(wb)));
      return null;
    });
  }, [host, dispatch]);

  const convert = React.useCallback(async (): Promise<void> => {
    if (!host) return;
    const task = (a: TaskAction): void => dispatch(convertActions.convertTask(a));
    const overrides = overridesOf(state);
    await runTask(task, MESSAGES.reading, MESSAGES.convertErrorTitle, async (steps): Promise<Outcome> => {
      const engine = await loadEngine();
      const wb = await host.read();
      steps.step(MESSAGES.convertApplying);
      const resolved = engine.resolveAsOf(wb, env.today());
      // A Settings sheet that conversion creates keeps =TODAY() unless the workbook fixed a date.
      const settings = { ...engine.settingsOf(wb, resolved.asOf), asOf: resolved.source === "workbook" ? resolved.asOf : null };
      const result = engine.convert(wb, settings, { overrides });
      if (result.plan.ops.length) {
        steps.step(MESSAGES.writing);
        await host.apply(result.plan, steps.progress);
      }
      dispatch(convertActions.converted(result.summary));
      await readSheets(await host.read());
      onConverted?.();
      const s = result.summary;
      if (!s.converted) return { intent: "info", title: MESSAGES.convertNothingTitle, text: MESSAGES.convertNoTables };
      const notes = [...s.warnings.map(sentence), ...s.unrecognised.map((u) => `${u.sheet}!${u.range} was not recognised and was left alone.`)];
      const text = [FORMATS.convertDone(s.rows, s.converted, s.rejected), ...notes].join(" ");
      return { intent: notes.length ? "warning" : "success", title: notes.length ? MESSAGES.convertWarningsTitle : MESSAGES.convertDoneTitle, text };
    });
  }, [host, env, state, dispatch, readSheets, onConverted]);

  const pickActiveSheet = React.useCallback(async (): Promise<void> => {
    const active = env.activeSheet ? await env.activeSheet().catch(() => null) : null;
    if (active && state.sheets.includes(active)) dispatch(convertActions.sheet(active));
  }, [env, state.sheets, dispatch]);

  const setRegister = React.useCallback(
    (p: ConversionProposal, register: RegisterKey | "skip") => {
      void (async () => {
        const wb = proposedFrom.current;
        const mapping = register !== "skip" && wb ? (await loadEngine()).remapProposal(wb, p, register) : null;
        dispatch(convertActions.register(p.id, register, mapping ?? undefined));
      })();
    },
    [dispatch],
  );

  const busy = state.findTask.running || state.convertTask.running;
  return {
    state,
    hasHost: !!host,
    busy,
    shown: shownProposals(state),
    convertible: convertibleCount(state),
    canUseActiveSheet: !!env.activeSheet,
    setSheet: (sheet) => dispatch(convertActions.sheet(sheet)),
    pickActiveSheet,
    find,
    setRegister,
    setColumn: (p, column, target) => dispatch(convertActions.column(p.id, column, target)),
    convert,
  };
}
