import { displayDate, displayPeriod, formatNumber, sheetDate } from "./display";

describe("display of values in the email forms", () => {
  test.each([
    [145, "0", "145"],
    [3.84, "0.0", "3.8"],
    [0.7423, "0%", "74%"],
    [0.08, "0.0%", "8.0%"],
    [1234567, "#,##0", "1,234,567"],
    [3, "+0;-0;0", "+3"],
    [-4, "+0;-0;0", "\u22124"],
    [0, "+0;-0;0", "0"],
    [-0.02, "+0%;-0%;0%", "\u22122%"],
    [-0.04, "+0.0;-0.0;0.0", "\u22120.0"],
    [-0.04, "0.0", "\u22120.0"],
    [-2, "0", "\u22122"],
    [null, "0", ""],
  ] as const)("%s as %s", (value, format, text) => {
    expect(formatNumber(value, format)).toBe(text);
  });

  test("dates and periods", () => {
    expect(displayDate("2026-09-30")).toBe("30 Sep 2026");
    expect(sheetDate("2026-09-03")).toBe("03-Sep-2026");
    expect(displayPeriod("2026-09-24", "2026-09-30")).toBe("24 – 30 Sep 2026");
    expect(displayPeriod("2026-09-28", "2026-10-04")).toBe("28 Sep – 4 Oct 2026");
    expect(displayPeriod("2026-12-29", "2027-01-04")).toBe("29 Dec 2026 – 4 Jan 2027");
  });
});
