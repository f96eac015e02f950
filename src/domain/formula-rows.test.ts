import { fillRects, rowShape } from "./formula-rows";

describe("rowShape", () => {
  test.each([
    // formula, row (0-based), shape
    ["=$A2*B$1", 1, "=$A⟨0⟩*B$1"],
    ["=SUM(B2:B10)", 4, "=SUM(B⟨-3⟩:B⟨5⟩)"],
    ["='Status History'!C3+Sheet1!D4", 2, "='Status History'!C⟨0⟩+Sheet1!D⟨1⟩"],
    ['=IF(A1="B2","x",C$5)', 0, '=IF(A⟨0⟩="B2","x",C$5)'],
    ["=COUNTIFS(tblRAID[Project ID],$A7,tblRAID[Score],\">=\"&PMO_HighRiskScore)", 6, "=COUNTIFS(tblRAID[Project ID],$A⟨0⟩,tblRAID[Score],\">=\"&PMO_HighRiskScore)"],
    ["=[@Probability]*[@Impact]", 40, "=[@Probability]*[@Impact]"],
    ["=LOG10(A3)+TBL1[x]+PMO_AsOf", 2, "=LOG10(A⟨0⟩)+TBL1[x]+PMO_AsOf"],
    ["=XYZ1+A:A+1E-9+Q1_total", 0, "=XYZ1+A:A+1E-9+Q1_total"],
    ['=INDEX({"Red","Amber"},1)&"it\'s A1"', 3, '=INDEX({"Red","Amber"},1)&"it\'s A1"'],
  ])("%s in row %i", (formula, row, shape) => {
    expect(rowShape(formula, row)).toBe(shape);
  });

  test("whole-row references are not read", () => {
    expect(rowShape("=SUM(2:2)", 0)).toBeNull();
    expect(rowShape("=SUM($3:$9)", 0)).toBeNull();
  });

  test("the same formula copied down has one shape; another formula does not", () => {
    expect(rowShape("=$A2+B2", 1)).toBe(rowShape("=$A9+B9", 8));
    expect(rowShape("=$A2+B2", 1)).not.toBe(rowShape("=$A9+B8", 8));
    expect(rowShape("=$A$2", 1)).not.toBe(rowShape("=$A$9", 8));
  });
});

describe("fillRects", () => {
  const grid = (cells: (string | null)[][]) => (i: number, j: number) => {
    const v = cells[i]?.[j] ?? null;
    return v?.startsWith("=") ? v : null;
  };

  test("a column block copied down, with a header, a value column and a different last row", () => {
    const rows: (string | null)[][] = [["ID", "A", "B"]];
    for (let r = 2; r <= 6; r++) rows.push([`P${r}`, `=COUNTIFS(t[x],$A${r})`, `=B${r}*2`]);
    rows.push(["Portfolio", "=COUNTA(t[x])", "=B7*2"]);
    // Block starts at sheet row 0.
    expect(fillRects(rows.length, 3, 0, grid(rows))).toEqual([{ top: 1, bottom: 5, left: 1, right: 1 }, { top: 1, bottom: 6, left: 2, right: 2 }]);
  });

  test("columns with the same run merge; short runs and values are left to be written", () => {
    const rows: (string | null)[][] = [];
    for (let r = 1; r <= 4; r++) rows.push([`=A${r}`, `=B${r}+1`, "x"]);
    rows.push(["=Z1", "=Z2", "x"], ["=Z1", "=Z2", "x"]);
    expect(fillRects(rows.length, 3, 0, grid(rows))).toEqual([{ top: 0, bottom: 3, left: 0, right: 1 }]);
  });

  test("a calculated column's formula fills every row", () => {
    const rows = Array.from({ length: 1000 }, () => ["=[@Probability]*[@Impact]", null]);
    expect(fillRects(rows.length, 2, 5, grid(rows))).toEqual([{ top: 0, bottom: 999, left: 0, right: 0 }]);
  });
});
