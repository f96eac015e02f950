import { collapseSpaces } from "../cell";
import { isoToSerial, parseDateText } from "../dates";
import { coerceDate, coerceEnum, coerceId, coerceText, coercePercent, coercePerson, coerceRaci, coerceScale, dateOrderOfFormat, decideDateOrder, isFractionColumn, isRaciCode, textDate } from "./coerce";

const date = (v: Parameters<typeof coerceDate>[0], order: "dmy" | "mdy" = "dmy", numberFormat: string | null = null) => coerceDate(v, { date1904: false, order, numberFormat });

describe("coerceDate", () => {
  test.each([
    ["2026-03-15", "2026-03-15"],
    ["2025-01-13 (Monday)", "2025-01-13"],
    ["15.03.2026", "2026-03-15"],
    ["15 Mar 2026", "2026-03-15"],
    ["Mar 15, 2026", "2026-03-15"],
    ["15-Mar-26", "2026-03-15"],
    ["15/03/2026", "2026-03-15"],
  ])("reads %s", (text, iso) => {
    expect(date(text)).toEqual({ ok: true, value: iso });
  });

  test("reads numeric text dates in the column's order", () => {
    expect(date("03/04/2026", "dmy")).toEqual({ ok: true, value: "2026-04-03" });
    expect(date("03/04/2026", "mdy")).toEqual({ ok: true, value: "2026-03-04" });
  });

  test("reads serials with a date format, and plausible serials without one", () => {
    expect(date(isoToSerial("2026-03-15"), "dmy", "dd/mm/yyyy")).toEqual({ ok: true, value: "2026-03-15" });
    expect(date(isoToSerial("2026-03-15"))).toEqual({ ok: true, value: "2026-03-15" });
    expect(date(12).ok).toBe(false);
  });

  test("placeholder dates and TBD read as blank", () => {
    expect(date(0, "dmy", "dd/mm/yyyy")).toEqual({ ok: true, value: null });
    expect(date("1900-12-30")).toEqual({ ok: true, value: null });
    expect(date("TBD")).toEqual({ ok: true, value: null });
  });

  test("text that is no date fails with a reason", () => {
    const r = date("dd/mm/yyyy");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/not a date/);
  });
});

describe("decideDateOrder", () => {
  test("a day above 12 decides the column", () => {
    expect(decideDateOrder(["03/04/2026", "13/04/2026"])).toBe("dmy");
    expect(decideDateOrder(["03/04/2026", "04/13/2026"])).toBe("mdy");
  });
  test("undecided when every value reads both ways", () => {
    expect(decideDateOrder(["03/04/2026", "05/06/2026", 45000, null])).toBeNull();
  });
  test("number formats tell the order", () => {
    expect(dateOrderOfFormat("DD/MM/YYYY")).toBe("dmy");
    expect(dateOrderOfFormat("m/d/yy")).toBe("mdy");
    expect(dateOrderOfFormat("ddd m/dd/yy")).toBe("mdy");
    expect(dateOrderOfFormat("d-mmm-yy")).toBeNull();
    expect(dateOrderOfFormat("0.00")).toBeNull();
  });
});

describe("percentages", () => {
  test("a column of fractions is read as 0–1, one of whole numbers as 0–100", () => {
    expect(isFractionColumn([0.25, 0.5, 1])).toBe(true);
    expect(isFractionColumn([25, 50, 100])).toBe(false);
    expect(coercePercent(0.25, true)).toEqual({ ok: true, value: 25 });
    expect(coercePercent(25, false)).toEqual({ ok: true, value: 25 });
    expect(coercePercent("45%", false)).toEqual({ ok: true, value: 45 });
  });
});

describe("RACI codes", () => {
  test.each([
    ["A/R", "A/R"],
    ["R / A", "A/R"],
    ["r, c", "R/C"],
    ["Responsible", "R"],
    ["ar", "A/R"],
    [" I ", "I"],
  ])("%s reads as %s", (text, code) => {
    expect(coerceRaci(text)).toEqual({ ok: true, value: code });
  });
  test("'-' and 'N' mean not involved", () => {
    expect(coerceRaci("-")).toEqual({ ok: true, value: null });
    expect(coerceRaci("N")).toEqual({ ok: true, value: null });
  });
  test("anything else is not a code", () => {
    expect(coerceRaci("X").ok).toBe(false);
    expect(coerceRaci(3).ok).toBe(false);
    expect(isRaciCode("R - Responsible")).toBe(false);
    expect(isRaciCode("A/R")).toBe(true);
  });
});

describe("words", () => {
  test("RAG words and letters", () => {
    expect(coerceEnum("G", "RAG")).toEqual({ ok: true, value: "Green" });
    expect(coerceEnum("amber", "RAG")).toEqual({ ok: true, value: "Amber" });
    expect(coerceEnum("yellow", "RAG")).toEqual({ ok: true, value: "Amber" });
  });
  test("probability and impact words", () => {
    expect(coerceScale("Very High")).toEqual({ ok: true, value: 5 });
    expect(coerceScale("medium")).toEqual({ ok: true, value: 3 });
    expect(coerceScale("4")).toEqual({ ok: true, value: 4 });
  });
  test("status words people use", () => {
    expect(coerceEnum("Pending", "RAID Status")).toEqual({ ok: true, value: "Open" });
    expect(coerceEnum("resolved", "Action Status")).toEqual({ ok: true, value: "Done" });
    expect(coerceEnum("Moderate", "Level")).toEqual({ ok: true, value: "Medium" });
  });
  test("names are trimmed and ids keep their text", () => {
    expect(coercePerson("  Ada   Lovelace \n")).toEqual({ ok: true, value: "Ada Lovelace" });
    expect(coerceId(7)).toEqual({ ok: true, value: "7" });
    expect(coerceId(" R-01 ")).toEqual({ ok: true, value: "R-01" });
  });
});

describe("textDate", () => {
  // textDate skips parseDateText for texts that cannot be dates: both must always agree.
  const texts = [
    "2026-03-15", "2026-03-15T10:00:00Z", "2026/3/5", "15.03.2026", "3/4/26", "03-04-2026 10:30 PM", "15 Mar 2026", "15th March 2026",
    "15-Mar-26", "Mar 15, 2026", "Mar. 15th, 2026", "März 3, 2026", "Monday, March 16, 2026", "Mon, Mar 16, 2026", "Monday 16 March 2026",
    "Mon 16 March 2026", "  Friday,  March 20, 2026 (week 12) ", "2025-01-13 (Monday)", "Sunday, March 15, 26", "Sun,Mar 15,2026",
    "M-0042", "MS-001", "Milestone 12", "Design review", "Phase 2", "Q3 2026", "Week 12", "PRJ-007", "ID 4", "12", "", " ", "tbd", "(draft)",
    "Wednesday", "March 2026", "S 1, 2026", "T, 1 2026", "Monday, 2026", "Tu, Mar 17, 2026", "Friday, Jan 2, 2026x", "ÉTÉ 2026",
  ];
  test.each(texts)("agrees with parseDateText on %p", (t) => {
    expect(textDate(t, "dmy")).toBe(parseDateText(t, "dmy"));
    expect(textDate(t, "mdy")).toBe(parseDateText(t, "mdy"));
  });
});

describe("collapseSpaces", () => {
  test("collapses runs of white space and line breaks to one space, and leaves clean text as it is", () => {
    expect(collapseSpaces("Dependent  on\tvendor\ndelivery")).toBe("Dependent on vendor delivery");
    expect(collapseSpaces("Aisha Fischer")).toBe("Aisha Fischer");
    expect(coerceText(" Aisha   Fischer ")).toEqual({ ok: true, value: "Aisha Fischer" });
    expect(coercePerson("Kenji\u00a0 Fischer")).toEqual({ ok: true, value: "Kenji Fischer" });
  });
});
