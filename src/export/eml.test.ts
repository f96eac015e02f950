import { simpleParser } from "mailparser";
import { FileHost } from "../hosts/file/file-host";
import { DEFAULT_SETTINGS } from "../domain/settings";
import { buildStatusReport } from "../domain/report/build";
import { AS_OF, fixtureRegisters, HOSTILE_HTML } from "../../test/report/fixtures";
import { buildEml, EmlError, parseAddresses, safeFilename } from "./eml";
import { XLSX_TYPE } from "./attachment-workbook";
import { reportEmail } from "./report-email";

const report = buildStatusReport({
  registers: fixtureRegisters(),
  findings: [],
  settings: { ...DEFAULT_SETTINGS, asOf: AS_OF },
  asOf: AS_OF,
  generatedOn: AS_OF,
  scope: { kind: "portfolio" },
  commentary: { accomplishments: "", nextSteps: "" },
});
const date = new Date(Date.UTC(2026, 8, 30, 16, 0, 0));

describe("the .eml draft", () => {
  let email: Awaited<ReturnType<typeof reportEmail>>;
  beforeAll(async () => {
    email = await reportEmail(report, { to: ["pmo@example.com", "lead@example.org"], date });
  });

  test("a real MIME parser reads it as an unsent draft with subject, recipients, both bodies and the workbook", async () => {
    const mail = await simpleParser(email.eml);
    expect(mail.headers.get("x-unsent")).toBe("1");
    expect(mail.subject).toBe("Status report — Portfolio — 2026-09-30");
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address) : []).toEqual(["pmo@example.com", "lead@example.org"]);
    expect(mail.date?.toISOString()).toBe("2026-09-30T16:00:00.000Z");
    expect(mail.from).toBeUndefined();
    expect(mail.text).toBe(email.text);
    expect(mail.html).toBe(email.html);
    expect(mail.html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(mail.text).toContain(HOSTILE_HTML);
    expect(mail.attachments).toHaveLength(1);
    const a = mail.attachments[0]!;
    expect(a.filename).toBe("status-report-portfolio-2026-09-30.xlsx");
    expect(a.contentType).toBe(XLSX_TYPE);
    expect(a.contentDisposition).toBe("attachment");
    // The attachment is the report alone: one sheet of values.
    const book = await (await FileHost.fromBuffer(a.content, a.filename!)).read();
    expect(book.sheets.map((s) => s.name)).toEqual(["Status Report"]);
    expect(book.sheets[0]!.formulas?.flat().some((f) => f !== null) ?? false).toBe(false);
    expect(book.sheets[0]!.values[0]![0]).toBe("Status report — Portfolio");
  });

  test("multipart/mixed holding multipart/alternative (text, then HTML) and the attachment; CRLF lines, base64 in lines of 76", () => {
    const raw = email.eml;
    expect(raw).toMatch(/^Content-Type: multipart\/mixed; boundary=/m);
    const types = [...raw.matchAll(/^Content-Type: ([^;\r\n]+)/gm)].map((m) => m[1]);
    expect(types).toEqual(["multipart/mixed", "multipart/alternative", "text/plain", "text/html", XLSX_TYPE]);
    expect(raw).not.toMatch(/[^\r]\n/);
    // RFC 5322 caps every line at 998 characters; base64 lines are 76 (RFC 2045).
    const lines = raw.split("\r\n");
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(998);
    expect(lines.filter((l) => /^[A-Za-z0-9+/=]{20,}$/.test(l)).every((l) => l.length <= 76)).toBe(true);
    expect(raw).not.toMatch(/^(From|Message-ID):/m);
  });

  test("a sender when asked for", async () => {
    const raw = buildEml({ to: ["a@example.com"], from: "pmo@example.com", subject: "S", text: "t", html: "<p>h</p>", attachments: [], date });
    expect((await simpleParser(raw)).from?.value[0]?.address).toBe("pmo@example.com");
  });

  test("addresses are checked: nothing that could add a header gets through", () => {
    expect(parseAddresses(" a@example.com; b@example.org ,")).toEqual(["a@example.com", "b@example.org"]);
    for (const bad of ["a@example.com\r\nBcc: x@evil.example", "not an address", "a@b", "<a@example.com>", "a b@example.com"]) {
      expect(() => buildEml({ to: [bad], subject: "S", text: "t", html: "h", attachments: [], date })).toThrow(EmlError);
    }
    expect(() => parseAddresses("")).toThrow("no email address given");
    expect(() => buildEml({ to: ["a@example.com"], subject: "S\r\nBcc: x@evil.example", text: "t", html: "h", attachments: [], date })).toThrow("one line");
  });

  test("attachment names are plain ASCII", () => {
    expect(safeFilename('Rapport d\'état "Q3"/Été.xlsx')).toBe("Rapport-d-etat-Q3-Ete.xlsx");
    expect(safeFilename("///")).toBe("attachment");
  });
});
