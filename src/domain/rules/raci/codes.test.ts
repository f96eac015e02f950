import { formatCodes, parseRaciCell, parseRaciValue, type RaciCode } from "./codes";

const codes = (text: string, variant: "RACI" | "RASCI" = "RACI") => {
  const c = parseRaciCell(text, variant);
  return c.valid ? formatCodes(c.codes) : "invalid";
};

describe("parseRaciCell", () => {
  it.each([
    ["R", "R"],
    ["a", "A"],
    [" c ", "C"],
    ["A/R", "R/A"],
    ["AR", "R/A"],
    ["r, c", "R/C"],
    ["A+R", "R/A"],
    ["A & I", "A/I"],
    ["R C", "R/C"],
    ["A;R", "R/A"],
    ["Responsible", "R"],
    ["accountable", "A"],
  ])("reads %j as %s", (text, expected) => {
    expect(codes(text)).toBe(expected);
  });

  it.each(["", "  ", "-", "–", "—", "N", "n", "N/A", "n/a", "NA"])("reads %j as not involved", (text) => {
    const c = parseRaciCell(text, "RACI");
    expect(c.valid).toBe(true);
    expect(c.codes.size).toBe(0);
  });

  it.each(["X", "x", "✓", "Jane", "A?", "R/X", "1"])("rejects %j", (text) => {
    expect(codes(text)).toBe("invalid");
  });

  it("accepts S only in RASCI", () => {
    expect(codes("S")).toBe("invalid");
    expect(codes("R/S")).toBe("invalid");
    expect(codes("S", "RASCI")).toBe("S");
    expect(codes("r/s", "RASCI")).toBe("R/S");
    expect(codes("Support", "RASCI")).toBe("S");
  });

  it("returns a fresh set each time", () => {
    const a = parseRaciCell("-", "RACI");
    a.codes.add("A" as RaciCode);
    expect(parseRaciCell("-", "RACI").codes.size).toBe(0);
  });
});

describe("parseRaciValue", () => {
  it("reads blanks, text, and refuses numbers, booleans and errors", () => {
    expect(parseRaciValue(null, "RACI")).toEqual({ codes: new Set(), valid: true });
    expect(formatCodes(parseRaciValue("a/r", "RACI").codes)).toBe("R/A");
    expect(parseRaciValue(1, "RACI").valid).toBe(false);
    expect(parseRaciValue(true, "RACI").valid).toBe(false);
    expect(parseRaciValue({ error: "#N/A" }, "RACI").valid).toBe(false);
  });
});
