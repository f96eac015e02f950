import { FileHost } from "../hosts/file/file-host";
import type { WorkbookHost } from "../plan/host";
import { sampleHost, SpyHost } from "../taskpane/test-workbooks";
import { buildReport, takeSnapshot, validateWorkbook } from "./actions";
import { handler, RIBBON_ACTIONS } from "./commands";

jest.setTimeout(90000);

const TODAY = "2026-10-02";

function activated(host: SpyHost): string | undefined {
  const ops = host.plans.flatMap((p) => p.ops);
  const last = [...ops].reverse().find((op) => op.kind === "activate");
  return last?.kind === "activate" ? last.sheet : undefined;
}

describe("ribbon actions", () => {
  it("has one action per ExecuteFunction button of the manifest", () => {
    expect(Object.keys(RIBBON_ACTIONS).sort()).toEqual(["buildReport", "takeSnapshot", "validateWorkbook"]);
  });

  it("Validate writes the Findings sheet, brings it to the front and says what it found", async () => {
    const host = new SpyHost(await sampleHost("structured"));
    const outcome = await validateWorkbook({ host, today: TODAY });
    expect(outcome.ok).toBe(true);
    // The sample fixes its As Of, which wins over today.
    expect(outcome.message).toMatch(/^\d+ errors?, \d+ warnings?, \d+ infos? as of 2026-09-30\. The Findings sheet lists each one/);
    expect(activated(host)).toBe("Findings");
    expect((await host.read()).sheets.map((s) => s.name)).toContain("Findings");
  });

  it("Take snapshot writes this As Of's history rows and shows Status History", async () => {
    const host = new SpyHost(await sampleHost("structured"));
    const outcome = await takeSnapshot({ host, today: TODAY });
    expect(outcome).toEqual({ ok: true, title: "Snapshot taken", message: expect.stringMatching(/as of 2026-09-30\.$/) });
    expect(activated(host)).toBe("Status History");
  });

  it("Build report writes the portfolio's Status Report sheet", async () => {
    const host = new SpyHost(await sampleHost("structured"));
    const outcome = await buildReport({ host, today: TODAY });
    expect(outcome.ok).toBe(true);
    expect(outcome.message).toMatch(/^The Status Report sheet shows the portfolio as of 2026-09-30: /);
    expect(activated(host)).toBe("Status Report");
  });

  it("says what is missing rather than failing on a workbook without registers", async () => {
    const host = FileHost.create();
    await host.apply({ ops: [{ kind: "ensureSheet", sheet: "Notes" }] });
    expect(await takeSnapshot({ host, today: TODAY })).toEqual({ ok: false, title: "No snapshot taken", message: expect.stringMatching(/^The workbook lacks tblProjects/) });
    expect((await buildReport({ host, today: TODAY })).ok).toBe(false);
    // Validation of an empty workbook is fine: nothing to find.
    expect((await validateWorkbook({ host, today: TODAY })).message).toMatch(/^0 errors, 0 warnings, 0 infos as of 2026-10-02\./);
  });

  it("turns a host error into an outcome", async () => {
    const broken: WorkbookHost = {
      kind: "office",
      read: () => Promise.reject(new Error("Excel is busy: a cell is being edited.")),
      apply: () => Promise.reject(new Error("unreachable")),
      capabilities: () => ({ pivotTables: true, charts: true, dataValidation: true, conditionalFormats: true, missing: [] }),
      select: () => Promise.resolve(),
    };
    expect(await validateWorkbook({ host: broken, today: TODAY })).toEqual({ ok: false, title: "Could not validate", message: "Excel is busy: a cell is being edited." });
  });

  it("completes the button's event after telling the result, also when the host cannot be reached", async () => {
    const completed = jest.fn();
    const told: string[] = [];
    const run = handler(validateWorkbook, {
      host: () => Promise.reject(new Error("This Excel does not support ExcelApi 1.4.")),
      notify: async (o) => void told.push(o.message),
    });
    const outcome = await run({ completed } as unknown as Office.AddinCommands.Event);
    expect(outcome.ok).toBe(false);
    expect(told).toEqual(["This Excel does not support ExcelApi 1.4."]);
    expect(completed).toHaveBeenCalledTimes(1);

    const failingNotice = handler(validateWorkbook, { host: async () => FileHost.create(), notify: () => Promise.reject(new Error("no dialog")) });
    await failingNotice({ completed } as unknown as Office.AddinCommands.Event);
    expect(completed).toHaveBeenCalledTimes(2);
  });
});
