import type { CellValue, Grid } from "../cell";
import { commentaryToKeep, readExistingReportSheet } from "./existing-sheet";
import { EMPTY_COMMENTARY } from "./model";

const grid = (values: CellValue[][], originRow = 0, originCol = 0): Grid => ({ name: "Status Report", originRow, originCol, values, merges: [] });

const ours = grid([
  ["Status report — Portfolio"],
  ["Project", "Portfolio", null, null, "Managers"],
  ["Period", "24 – 30 Sep 2026"],
  [],
  ["Accomplishments", null, "Pilot went live.\r\nTraining done."],
  ["Next steps", null, "Cutover"],
]);

describe("reading the sheet an earlier build left", () => {
  test("a report sheet: its scope and the commentary typed on it, line breaks kept", () => {
    const s = readExistingReportSheet(ours);
    expect(s).toEqual({ empty: false, ours: true, scopeId: "Portfolio", commentary: { accomplishments: "Pilot went live.\nTraining done.", nextSteps: "Cutover" } });
    expect(commentaryToKeep(s, "portfolio")).toEqual(s.commentary);
  });

  test("the commentary stays with its scope: a project's report does not take the portfolio's", () => {
    expect(commentaryToKeep(readExistingReportSheet(ours), "P-1")).toEqual(EMPTY_COMMENTARY);
  });

  test("text typed anywhere right of the label counts (e.g. in an unmerged cell)", () => {
    const s = readExistingReportSheet(grid([["Status report — P-1"], ["Project", "P-1"], ["Accomplishments", null, null, null, 42]]));
    expect(s.commentary.accomplishments).toBe("42");
  });

  test("someone else's sheet of that name is not ours; an empty one is empty", () => {
    expect(readExistingReportSheet(grid([["Weekly status"], ["Project", "X"]]))).toMatchObject({ empty: false, ours: false });
    expect(readExistingReportSheet(grid([[null, ""]]))).toMatchObject({ empty: true, ours: false });
    expect(readExistingReportSheet(undefined)).toMatchObject({ empty: true, ours: false });
  });

  test("a grid that does not start in column A has no labels to find", () => {
    expect(readExistingReportSheet(grid([["Status report — Portfolio"], ["Project", "Portfolio"]], 0, 2))).toMatchObject({ ours: false, scopeId: null });
  });
});
