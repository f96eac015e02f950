/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { settingsOf } from "../../../cli/settings-from-workbook";
import { workbookAsOf } from "../../../operations/metrics";
import { renderInPane } from "../../test-utils";
import { sampleHost, SpyHost } from "../../test-workbooks";
import { Settings } from "./Settings";

jest.setTimeout(60000);

async function renderSettings(): Promise<SpyHost> {
  const host = new SpyHost(await sampleHost("structured"));
  renderInPane(<Settings />, host);
  await screen.findByRole("spinbutton", { name: "High Risk Score" }, { timeout: 20000 });
  return host;
}

describe("Settings tab", () => {
  it("shows the workbook's thresholds and As Of", async () => {
    await renderSettings();
    expect((screen.getByRole("spinbutton", { name: "High Risk Score" }) as HTMLInputElement).value).toBe("15");
    // Percentages as 0–100.
    expect((screen.getByRole("spinbutton", { name: "Red Cost Variance" }) as HTMLInputElement).value).toBe("10");
    expect((screen.getByRole("combobox", { name: "RACI Variant" }) as HTMLSelectElement).value).toBe("RACI");
    // The sample fixes its As Of.
    expect((screen.getByRole("switch", { name: "As Of is today (=TODAY())" }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText("As Of date") as HTMLInputElement).value).toBe("2026-09-30");
    expect(screen.getByRole("button", { name: "Save to workbook" }).hasAttribute("disabled")).toBe(true);
  });

  it("writes changed values back to the Settings table with a plan", async () => {
    const host = await renderSettings();
    const score = screen.getByRole("spinbutton", { name: "High Risk Score" });
    await userEvent.clear(score);
    await userEvent.type(score, "12");
    const variance = screen.getByRole("spinbutton", { name: "Amber Cost Variance" });
    await userEvent.clear(variance);
    await userEvent.type(variance, "7.5");
    await userEvent.click(screen.getByRole("button", { name: "Save to workbook" }));
    expect(await screen.findByText("Settings saved")).toBeTruthy();
    expect(screen.getByText("Wrote 2 settings to the Settings sheet.")).toBeTruthy();

    expect(host.plans).toHaveLength(1);
    expect(host.plans[0]!.ops.every((op) => op.kind === "writeRange" && op.sheet === "Settings")).toBe(true);
    const s = settingsOf(await host.read(), "2026-09-30");
    expect(s.highRiskScore).toBe(12);
    expect(s.amberCostVariance).toBeCloseTo(0.075);
    // Saved: nothing left to save.
    expect(screen.getByRole("button", { name: "Save to workbook" }).hasAttribute("disabled")).toBe(true);
  });

  it("sets As Of back to =TODAY() from the keyboard", async () => {
    const host = await renderSettings();
    screen.getByRole("switch", { name: "As Of is today (=TODAY())" }).focus();
    await userEvent.keyboard(" ");
    expect(screen.queryByLabelText("As Of date")).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Save to workbook" }));
    expect(await screen.findByText("Settings saved")).toBeTruthy();
    expect(workbookAsOf(await host.read()).formula).toMatch(/^=TODAY\(\)$/i);
  });

  it("marks invalid values and does not save them", async () => {
    const host = await renderSettings();
    const stale = screen.getByRole("spinbutton", { name: "Stale Days" });
    await userEvent.clear(stale);
    await userEvent.type(stale, "-3");
    expect(screen.getByText("Stale Days must be a number of 0 or more.")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Save to workbook" }));
    await waitFor(() => expect(screen.getByText("Fix the values marked in red first.")).toBeTruthy());
    expect(host.plans).toHaveLength(0);
    await userEvent.click(screen.getByRole("button", { name: "Undo changes" }));
    expect((screen.getByRole("spinbutton", { name: "Stale Days" }) as HTMLInputElement).value).toBe("14");
  });

  it("says when the workbook has no Settings sheet", async () => {
    renderInPane(<Settings />, await sampleHost("messy"));
    expect(await screen.findByText("The workbook has no Settings sheet", undefined, { timeout: 20000 })).toBeTruthy();
  });
});
