/**
 * The report as a recipient gets it, checked with real parts: the .eml of the sample portfolio
 * is read by a real MIME parser, its attachment is opened by LibreOffice and printed to PDF,
 * and poppler's pdfinfo and pdftotext show that the printout is A4 landscape, one page wide
 * (every page holds the left-most and the right-most columns of the repeated title rows), and
 * carries the report's key texts.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { simpleParser } from "mailparser";
import { tmpdir } from "os";
import { join } from "path";
import { buildSampleWorkbooks } from "../../src/cli/demo/sample-stage";
import { settingsOf } from "../../src/cli/settings-from-workbook";
import { reportEmail } from "../../src/export/report-email";
import { report } from "../../src/operations/report";
import { convertWithLibreOffice } from "../support/libreoffice";

const AS_OF = "2026-09-30";

test("the attachment of the .eml opens in LibreOffice and prints one page wide, landscape, with the key texts", async () => {
  const { structured } = await buildSampleWorkbooks(7, AS_OF);
  const wb = await structured.read();
  const result = report(wb, settingsOf(wb, AS_OF), AS_OF, { generatedOn: AS_OF });
  if (!result.ok) throw new Error(result.message);
  const { eml } = await reportEmail(result.model, { to: ["pmo@example.com"], date: new Date(`${AS_OF}T16:00:00Z`) });

  const mail = await simpleParser(eml);
  const attachment = mail.attachments.find((a) => a.filename?.endsWith(".xlsx"));
  expect(attachment).toBeDefined();
  const pdf = await convertWithLibreOffice(new Uint8Array(attachment!.content), "pdf");

  const dir = mkdtempSync(join(tmpdir(), "pmo-report-pdf-"));
  try {
    const file = join(dir, "report.pdf");
    writeFileSync(file, pdf);
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
    const [w, h] = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info)!.slice(1).map(Number) as [number, number];
    expect(info).toMatch(/\(A4\)/);
    expect(w).toBeGreaterThan(h);
    // The sample's report is longer than a page: it must break into pages down, never across.
    expect(pages).toBeGreaterThan(1);

    const text = (page: number) => execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-layout", file, "-"], { encoding: "utf8" });
    for (let p = 1; p <= pages; p++) {
      const t = text(p);
      // Column A ("Project", "Period") and the last columns ("Generated", the As Of date) of the title rows.
      expect(t).toContain("Status report — Portfolio");
      expect(t).toMatch(/Project\s+Portfolio/);
      expect(t).toContain("Period");
      expect(t).toContain("Generated");
      expect(t).toContain("30-Sep-2026");
      expect(t).toContain(`Page ${p} of ${pages}`);
    }
    const all = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    for (const key of ["Status", "Overall", "Projects", "CRM Replacement", "Key metrics", "Milestones Overdue", "Milestones: overdue, slipped, and due in the next 28 days", "Top risks and issues (by Score)", "Escalations", "Overdue actions", "Decisions needed", "Validation health", "Commentary", "Accomplishments", "Next steps"]) {
      expect(all).toContain(key);
    }
    expect(all).toContain(result.model.rag[1]!.reason);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
