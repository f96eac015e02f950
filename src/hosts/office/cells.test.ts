import { fromOffice, needsQuotePrefix, toInput } from "./cells";
import { chunkByBytes, utf8Length } from "./budget";
import { parseAreas, splitSheetRef, widthInPoints } from "./addresses";
import { headerSections } from "./apply/object-ops";

describe("text that Excel would not keep as text gets an apostrophe", () => {
  test.each([
    ["007", true],
    ["1.10", true],
    ["2026-03-15", true],
    ["15 Mar 2026", true],
    ["50%", true],
    ["=not a formula", true],
    ["-", true],
    ["+1 day", true],
    ["@home", true],
    ["#N/A", true],
    ["'quoted", true],
    ["TRUE", true],
    ["falsch", true],
    ["Open", false],
    ["R/A", false],
    ["Lena Fischer", false],
    ["", false],
  ])("%j → %s", (s, expected) => {
    expect(needsQuotePrefix(s)).toBe(expected);
  });

  test("not in a text-formatted cell, which keeps what is typed", () => {
    expect(toInput("007", "@", false)).toBe("007");
    expect(toInput("007", null, false)).toBe("'007");
  });
});

describe("plan cells as Office.js input", () => {
  test("dates: a serial in the workbook's system when the cell has a date format, else ISO text Excel reads as a date", () => {
    expect(toInput({ d: "2026-03-15" }, "dd-mmm-yyyy", false)).toBe(46096);
    expect(toInput({ d: "2026-03-15" }, "dd-mmm-yyyy", true)).toBe(46096 - 1462);
    expect(toInput({ d: "2026-03-15" }, null, false)).toBe("2026-03-15");
  });
  test("formulas keep or gain their '=', links write their text, null clears", () => {
    expect(toInput({ f: "SUM(A1:A3)" }, null, false)).toBe("=SUM(A1:A3)");
    expect(toInput({ link: "https://x", text: "2026 plan" }, null, false)).toBe("'2026 plan");
    expect(toInput(null, null, false)).toBe("");
    expect(toInput(true, null, false)).toBe(true);
  });
});

describe("cells read back", () => {
  test("a formula is what `formulas` holds when it differs from the value", () => {
    expect(fromOffice(4, "=2+2")).toEqual({ value: 4, formula: "=2+2" });
    // Text "=x" entered with an apostrophe reads back the same in both arrays: not a formula.
    expect(fromOffice("=x", "=x")).toEqual({ value: "=x", formula: null });
    expect(fromOffice("", "")).toEqual({ value: null, formula: null });
    expect(fromOffice("#DIV/0!", "=1/0")).toEqual({ value: { error: "#DIV/0!" }, formula: "=1/0" });
  });
});

describe("addresses and sizes", () => {
  test("sheet-qualified references and merged areas", () => {
    expect(splitSheetRef("'Status Report'!$C$2:$C$9")).toEqual({ sheet: "Status Report", address: "$C$2:$C$9" });
    expect(splitSheetRef("'It''s'!A1")).toEqual({ sheet: "It's", address: "A1" });
    expect(parseAreas("Sheet1!A1:B2,'a, b'!$D$4:$E$5,Sheet1!F6")).toEqual(["A1:B2", "D4:E5", "F6"]);
  });
  test("column width: characters to points", () => {
    expect(widthInPoints(10)).toBe(56.25);
  });
  test("UTF-8 bytes and budget chunks", () => {
    expect(utf8Length("abc")).toBe(3);
    expect(utf8Length("Größe")).toBe(7);
    expect(utf8Length("€")).toBe(3);
    expect(utf8Length("😀")).toBe(4);
    expect(chunkByBytes([4, 4, 4, 4, 9, 1], 8)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
      { start: 4, end: 5 },
      { start: 5, end: 6 },
    ]);
  });
  test("header and footer sections", () => {
    expect(headerSections("&LPMO&CStatus&R&D")).toEqual({ left: "PMO", center: "Status", right: "&D" });
    expect(headerSections("Page &P of &N")).toEqual({ left: "", center: "Page &P of &N", right: "" });
  });
});
