import { moveFormula } from "./copy";

describe("the fake's copy of formulas", () => {
  test.each([
    ["=$A2*B$1+C3", 3, 0, "=$A5*B$1+C6"],
    ["=SUM(B2:B10)", 1, 1, "=SUM(C3:C11)"],
    ["='Status History'!C3+Sheet1!D4", 2, 0, "='Status History'!C5+Sheet1!D6"],
    ['=IF(A1="B2",tblX[Col 1],PMO_AsOf)', 1, 0, '=IF(A2="B2",tblX[Col 1],PMO_AsOf)'],
    ["=[@Probability]*[@Impact]", 10, 0, "=[@Probability]*[@Impact]"],
    ["=LOG10(A3)+XYZ1+A:A", 1, 0, "=LOG10(A4)+XYZ1+A:A"],
    ["=A2", -5, 0, "=#REF!"],
  ])("%s moved %i rows and %i columns", (formula, rows, cols, moved) => {
    expect(moveFormula(formula, rows, cols)).toBe(moved);
  });

  test("a whole-row reference is not modelled", () => {
    expect(() => moveFormula("=SUM(2:2)", 1, 0)).toThrow(/whole-row/);
  });
});
