/**
 * The report stage of `pmo demo`, the last: the status report of the portfolio as of the demo's
 * date, written into a copy of the metrics workbook (so that its link leads to a real Metrics
 * sheet and its trends compare with eight weekly snapshots), and the same report as an HTML
 * email body and an .eml draft with the report attached. Falls back to the structured workbook
 * when the demo has no metrics stage.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { AREA_NAMES } from "../../domain/report/messages";
import { reportEmail } from "../../export/report-email";
import { FileHost } from "../../hosts/file/file-host";
import { report } from "../../operations/report";
import { saveWorkbook, writeAtomic } from "../io";
import { settingsOf } from "../settings-from-workbook";
import type { DemoContext, DemoStage } from "./stages";

/** The demo's recipient: a reserved domain (RFC 2606), so the draft can never reach anyone. */
export const DEMO_RECIPIENT = "pmo-team@example.com";

export const reportStage: DemoStage = {
  name: "report",
  async run(ctx: DemoContext): Promise<void> {
    const source = ctx.workbooks.get("metrics") ?? ctx.workbooks.get("structured");
    if (!source) throw new Error("the report stage needs the sample workbook of an earlier stage");
    // A fresh copy from disk: the earlier stage's workbook in memory stays as that stage left it.
    const host = await FileHost.fromBuffer(readFileSync(source.path), source.path);
    const wb = await host.read();
    // The demo is a picture of As Of: the report is dated as if built that day, so it reads the same on any machine.
    const result = report(wb, settingsOf(wb, ctx.asOf), ctx.asOf, { generatedOn: ctx.asOf });
    if (!result.ok) throw new Error(`report: ${result.message}`);
    await host.apply(result.plan);
    const path = join(ctx.outDir, "demo-report.xlsx");
    await saveWorkbook(host, path);
    ctx.workbooks.set("report", { host, path });

    const email = await reportEmail(result.model, { to: [DEMO_RECIPIENT], date: new Date(`${ctx.asOf}T16:00:00Z`) });
    const html = join(ctx.outDir, "demo-report.html");
    const eml = join(ctx.outDir, "demo-report.eml");
    writeAtomic(html, email.html);
    writeAtomic(eml, email.eml);
    ctx.files.push(path, html, eml);
    const s = result.summary;
    ctx.log.push(
      `report: "${email.subject}" (${result.model.rag.map((r) => `${AREA_NAMES[r.area]} ${r.rag ?? "—"}`).join(", ")}); ` +
        `${s.milestones} milestones to watch, ${s.escalations} escalations, ${s.overdueActions} overdue actions, ${s.decisions} decisions needed; ` +
        `HTML body and .eml draft to ${DEMO_RECIPIENT} with the report attached`,
    );
  },
};
