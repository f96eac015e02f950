/** `pmo report` as people run it: outputs, exit codes, and no partial output on a usage error. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { simpleParser } from "mailparser";
import { tmpdir } from "os";
import { join } from "path";
import { pmo } from "../support/cli";
import { AS_OF, fixtureHost } from "./fixtures";

let dir: string;
let input: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "pmo-report-cli-"));
  input = join(dir, "pmo.xlsx");
  writeFileSync(input, await (await fixtureHost()).toBuffer());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("writes the report workbook, the HTML body and the .eml draft; JSON says what it did", async () => {
  const [out, html, eml] = ["r.xlsx", "r.html", "r.eml"].map((f) => join(dir, f)) as [string, string, string];
  const r = pmo(["report", input, "--out", out, "--html", html, "--eml", eml, "--to", "pmo@example.com", "--as-of", AS_OF, "--format", "json"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout) as Record<string, unknown>;
  expect(json).toMatchObject({
    asOf: AS_OF,
    scope: "Portfolio",
    subject: "Status report — Portfolio — 2026-09-30",
    rag: { overall: "Red", schedule: "Red", cost: "Red", risk: "Red" },
    counts: { milestones: 3, topRaid: 4, escalations: 2, overdueActions: 1, decisions: 1 },
  });
  expect(readFileSync(html, "utf8")).toContain("&lt;img src=x onerror=alert(1)&gt;");
  const mail = await simpleParser(readFileSync(eml));
  expect(mail.headers.get("x-unsent")).toBe("1");
  expect(mail.html).toBe(readFileSync(html, "utf8"));
  expect(mail.attachments.map((a) => a.filename)).toEqual(["status-report-portfolio-2026-09-30.xlsx"]);
});

test("--project reports one project; an unknown one exits 2 naming the known ids", () => {
  const out = join(dir, "p.xlsx");
  const ok = pmo(["report", input, "--out", out, "--project", "P-2", "--as-of", AS_OF]);
  expect(ok.code).toBe(0);
  expect(ok.stdout).toContain("Status report — Beacon — 2026-09-30: Overall Green");

  const bad = pmo(["report", input, "--out", join(dir, "x.xlsx"), "--project", "P-9", "--as-of", AS_OF]);
  expect(bad.code).toBe(2);
  expect(bad.stderr.trim()).toBe(`pmo: ${input}: no project P-9: the workbook has P-1, P-2`);
  expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
});

test.each([
  [["--eml", "d.eml"], "--eml needs --to ADDRESS"],
  [["--eml", "d.eml", "--to", "someone"], '--to: "someone" is not an email address'],
])("usage errors exit 2 before anything is written: %j", (args, message) => {
  const before = readdirSync(dir).sort();
  const r = pmo(["report", input, "--out", join(dir, "u.xlsx"), ...args.map((a) => (/\.(eml|txt)$/.test(a) ? join(dir, a) : a)), "--as-of", AS_OF]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(message.replace(/d\.(eml|txt)/, (m) => join(dir, m)));
  expect(readdirSync(dir).sort()).toEqual(before);
});
