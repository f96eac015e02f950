import fc from "fast-check";
import { addDays, daysBetween, isDateFormat, isoToSerial, jsDateToSerial, parseDateText, serialToIso, serialToJsDate } from "./dates";

describe("dates", () => {
  test("serials of the 1900 system, with Excel's phantom 1900-02-29", () => {
    expect(isoToSerial("1900-01-01")).toBe(1);
    expect(isoToSerial("1900-02-28")).toBe(59);
    expect(isoToSerial("1900-03-01")).toBe(61);
    expect(isoToSerial("2026-09-30")).toBe(46295);
    expect(serialToIso(60)).toBeNull();
    expect(serialToIso(46295)).toBe("2026-09-30");
    expect(serialToIso(46295.75)).toBe("2026-09-30");
  });

  test("the 1904 system is 1462 days apart", () => {
    expect(isoToSerial("1904-01-01", true)).toBe(0);
    expect(isoToSerial("2026-09-30", true)).toBe(46295 - 1462);
    expect(serialToIso(46295 - 1462, true)).toBe("2026-09-30");
  });

  test("ISO ↔ serial round trip in both systems (property)", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1904, 0, 2)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), fc.boolean(), (d, d1904) => {
        const iso = d.toISOString().slice(0, 10);
        expect(serialToIso(isoToSerial(iso, d1904), d1904)).toBe(iso);
        expect(jsDateToSerial(serialToJsDate(isoToSerial(iso, d1904), d1904), d1904)).toBeCloseTo(isoToSerial(iso, d1904), 6);
      }),
    );
  });

  test("leap days and day arithmetic", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2028-02-29", 1)).toBe("2028-03-01");
    expect(daysBetween("2026-06-30", "2026-06-25")).toBe(-5);
    expect(jsDateToSerial(new Date("invalid"))).toBeNull();
  });

  test.each([
    ["2026-03-15", "dmy", "2026-03-15"],
    ["2025-01-13 (Monday)", "dmy", "2025-01-13"],
    ["2026-03-15T10:00:00Z", "dmy", "2026-03-15"],
    ["15/03/2026", "dmy", "2026-03-15"],
    ["03/15/2026", "mdy", "2026-03-15"],
    ["04/03/2026", "dmy", "2026-03-04"],
    ["04/03/2026", "mdy", "2026-04-03"],
    ["15.03.2026", "mdy", "2026-03-15"],
    ["15 Mar 2026", "dmy", "2026-03-15"],
    ["15-Mar-26", "dmy", "2026-03-15"],
    ["March 15, 2026", "dmy", "2026-03-15"],
    ["15. März 2026", "dmy", null],
    ["31/02/2026", "dmy", null],
    ["soon", "dmy", null],
    ["", "dmy", null],
  ] as const)("parses %s (%s) as %s", (text, order, iso) => {
    expect(parseDateText(text, order)).toBe(iso);
  });

  test.each([
    ["dd-mmm-yyyy", true],
    ["m/d/yy", true],
    ["yyyy-mm-dd hh:mm", true],
    ["[$-409]d-mmm-yy;@", true],
    ["0.00", false],
    ["0%", false],
    ['0 "days"', false],
    ["General", false],
    ["[Red]#,##0", false],
  ] as const)("%s is a date format: %s", (fmt, yes) => {
    expect(isDateFormat(fmt)).toBe(yes);
  });
});
