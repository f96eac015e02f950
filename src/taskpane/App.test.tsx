/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "./App";
import { renderInPane } from "./test-utils";

function renderApp(): void {
  renderInPane(<App />, null);
}

describe("App", () => {
  it("has the five tabs, Structure first and selected", () => {
    renderApp();
    // Accessible names, exactly, in this order (getByRole matches the whole name).
    const names = ["Structure", "Validate", "Trends", "Report", "Settings"];
    expect(screen.getAllByRole("tab")).toEqual(names.map((name) => screen.getByRole("tab", { name })));
    expect(screen.getByRole("tab", { name: "Structure" }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("tabpanel", { name: "Structure" })).toBeTruthy();
  });

  it("switches tabs by click and from the keyboard, loading each tab when first opened", async () => {
    renderApp();
    const user = userEvent.setup();
    await user.click(screen.getByRole("tab", { name: "Report" }));
    expect(await screen.findByRole("heading", { name: "Report" })).toBeTruthy();
    expect(screen.getByRole("tabpanel", { name: "Report" })).toBeTruthy();

    // Arrow keys move focus through tabster, which needs layout that jsdom does not have;
    // activation from the keyboard is what is checked here.
    screen.getByRole("tab", { name: "Settings" }).focus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("tab", { name: "Settings" }).getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByRole("heading", { name: "Settings" })).toBeTruthy();

    for (const name of ["Validate", "Trends"]) {
      screen.getByRole("tab", { name }).focus();
      await user.keyboard(" ");
      expect(await screen.findByRole("heading", { name })).toBeTruthy();
      // Without a workbook every tab says so.
      expect(screen.getByText("No workbook open")).toBeTruthy();
    }
  });
});
