import * as React from "react";
import { copyRich, selectFrameContents } from "../../clipboard";
import { bytesBlob, saveFile } from "../../download";
import { loadEmailDraft, loadEngine } from "../../engine";
import { useEnvironment, type DownloadSupport } from "../../environment";
import { useHost } from "../../host-context";
import { FORMATS, MESSAGES } from "../../messages";
import { runTask } from "../../run-task";
import { reportActions } from "../../state/report/actions";
import type { ReportState } from "../../state/report/reducer";
import { isReportBusy, recipients, recipientsProblem } from "../../state/report/selectors";
import { usePaneDispatch, usePaneState } from "../../state/store";
import type { TaskAction } from "../../state/task";

export interface UseReport {
  readonly state: ReportState;
  readonly hasHost: boolean;
  readonly busy: boolean;
  readonly downloads: DownloadSupport;
  /** Why the .eml cannot be made yet (no or bad address); null when it can. */
  readonly toProblem: string | null;
  readonly setProject: (project: string) => void;
  readonly setTo: (to: string) => void;
  readonly build: () => Promise<void>;
  readonly copy: () => Promise<void>;
  readonly selectPreview: () => void;
  readonly downloadEml: () => Promise<void>;
  readonly downloadXlsx: () => Promise<void>;
  /** The preview frame (for selecting it when the clipboard is blocked). */
  readonly previewRef: React.RefObject<HTMLIFrameElement>;
}

/** State and effects of the Report tab: the project list, the sheet, the copy and the downloads. */
export function useReport(): UseReport {
  const host = useHost();
  const env = useEnvironment();
  const state = usePaneState((s) => s.report);
  const dispatch = usePaneDispatch();
  const previewRef = React.useRef<HTMLIFrameElement>(null);
  const { project, built, projects } = state;

  // The project picker's list, read once per workbook.
  React.useEffect(() => {
    if (!host || projects !== null) return undefined;
    let live = true;
    void (async () => {
      try {
        const [engine, wb] = await Promise.all([loadEngine(), host.read()]);
        if (live) dispatch(reportActions.projects(engine.reportProjects(wb)));
      } catch {
        // Building the report reads the workbook again and reports what is wrong.
        if (live) dispatch(reportActions.projects([]));
      }
    })();
    return () => {
      live = false;
    };
  }, [host, projects, dispatch]);

  const build = React.useCallback(async (): Promise<void> => {
    if (!host) return;
    const task = (a: TaskAction): void => dispatch(reportActions.buildTask(a));
    await runTask(task, MESSAGES.reading, MESSAGES.reportErrorTitle, async (steps) => {
      const engine = await loadEngine();
      const wb = await host.read();
      dispatch(reportActions.projects(engine.reportProjects(wb)));
      const { asOf } = engine.resolveAsOf(wb, env.today());
      steps.step(MESSAGES.reportBuilding);
      const result = engine.report(wb, engine.settingsOf(wb, asOf), asOf, { ...(project ? { project } : {}), generatedOn: env.today() });
      if (!result.ok) return { intent: "warning", title: MESSAGES.reportErrorTitle, text: `${result.message.charAt(0).toUpperCase()}${result.message.slice(1)}.` };
      steps.step(MESSAGES.writing);
      await host.apply(result.plan, steps.progress);
      dispatch(
        reportActions.built({
          model: result.model,
          summary: result.summary,
          subject: engine.reportSubject(result.model),
          html: engine.reportHtml(result.model),
          text: engine.reportText(result.model),
        }),
      );
      const s = result.summary;
      return { intent: "success", title: MESSAGES.reportBuiltTitle, text: FORMATS.reportBuilt(s.milestones, s.escalations, s.overdueActions, s.decisions) };
    });
  }, [host, env, dispatch, project]);

  const copy = React.useCallback(async (): Promise<void> => {
    if (!built) return;
    const result = await copyRich(built.html, built.text, env.clipboard);
    dispatch(reportActions.copy(result));
  }, [built, env, dispatch]);

  const selectPreview = React.useCallback((): void => {
    if (selectFrameContents(previewRef.current)) dispatch(reportActions.copy("selected"));
  }, [dispatch]);

  const exportFile = React.useCallback(
    async (make: () => Promise<{ blob: Blob; name: string }>): Promise<void> => {
      if (!env.downloads.allowed) return;
      const task = (a: TaskAction): void => dispatch(reportActions.exportTask(a));
      await runTask(task, MESSAGES.reportPreparing, MESSAGES.reportDownloadErrorTitle, async () => {
        const { blob, name } = await make();
        saveFile(blob, name);
        return { intent: "success", title: MESSAGES.reportDownloaded, text: FORMATS.downloaded(name) };
      });
    },
    [env, dispatch],
  );

  const downloadEml = React.useCallback(async (): Promise<void> => {
    if (!built || recipientsProblem(state)) return;
    const to = recipients(state);
    await exportFile(async () => {
      const draft = await loadEmailDraft();
      const email = await draft.reportEmail(built.model, { to, date: new Date() });
      return { blob: new Blob([email.eml], { type: "message/rfc822" }), name: draft.reportFileName(built.model, "eml") };
    });
  }, [built, state, exportFile]);

  const downloadXlsx = React.useCallback(async (): Promise<void> => {
    if (!built) return;
    await exportFile(async () => {
      const draft = await loadEmailDraft();
      const bytes = await draft.reportWorkbook(built.model);
      return { blob: bytesBlob(bytes, draft.XLSX_TYPE), name: draft.reportFileName(built.model, "xlsx") };
    });
  }, [built, exportFile]);

  return {
    state,
    hasHost: !!host,
    busy: isReportBusy(state),
    downloads: env.downloads,
    toProblem: recipientsProblem(state),
    setProject: (p) => dispatch(reportActions.project(p)),
    setTo: (to) => dispatch(reportActions.to(to)),
    build,
    copy,
    selectPreview,
    downloadEml,
    downloadXlsx,
    previewRef,
  };
}
