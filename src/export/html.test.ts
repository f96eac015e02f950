import { DEFAULT_SETTINGS } from "../domain/settings";
import { buildStatusReport } from "../domain/report/build";
import type { ReportScope } from "../domain/report/model";
import { AS_OF, fixtureRegisters, HOSTILE_HTML } from "../../test/report/fixtures";
import { reportHtml } from "./html";

const commentary = { accomplishments: "Pilot live <b>early</b>\n=1+1 on line two", nextSteps: "" };
const report = (scope: ReportScope = { kind: "portfolio" }) =>
  buildStatusReport({ registers: fixtureRegisters(), findings: [], settings: { ...DEFAULT_SETTINGS, asOf: AS_OF }, asOf: AS_OF, generatedOn: AS_OF, scope, commentary });

describe("the HTML email body", () => {
  const html = reportHtml(report());

  test("hostile cell text is escaped, never markup", () => {
    expect(html).not.toContain(HOSTILE_HTML);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain("<b>early</b>");
    expect(html).toContain("Pilot live &lt;b&gt;early&lt;/b&gt;");
    // An ampersand in a project name is escaped too.
    expect(html).toContain("Apollo &amp; Co");
  });

  test("text a spreadsheet would run as a formula is neutralised, on every line", () => {
    expect(html).toContain("&#39;=HYPERLINK(&quot;http://evil.example&quot;,&quot;click&quot;)");
    expect(html).not.toMatch(/[>\s]=HYPERLINK/);
    expect(html).toContain("&#39;@Cy Diaz");
    expect(html).toContain("&#39;+ weekly review");
    expect(html).toContain("<br>&#39;=1+1 on line two");
  });

  test("email-safe: tables and inline styles only; no scripts, style blocks, classes, images or remote resources", () => {
    const tags = html.match(/<[^>]+>/g) ?? [];
    const names = new Set(tags.map((t) => /^<\/?([a-z0-9!]+)/i.exec(t)![1]!.toLowerCase()));
    expect([...names].sort()).toEqual(["!doctype", "body", "br", "div", "head", "html", "meta", "span", "strong", "table", "td", "title", "tr"]);
    // Attributes: only layout and inline style; no handlers, classes, sources or links.
    const attrs = new Set(tags.flatMap((t) => [...t.matchAll(/\s([a-z-]+)="[^"]*"/gi)].map((m) => m[1]!.toLowerCase())));
    const allowed = ["align", "bgcolor", "border", "cellpadding", "cellspacing", "colspan", "content", "http-equiv", "lang", "name", "role", "style", "width"];
    expect([...attrs].filter((a) => !allowed.includes(a))).toEqual([]);
    expect(tags.join("")).not.toMatch(/url\(|https?:/i);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">');
    expect(html).toContain("max-width:640px");
  });

  test("the sections of the report, in order", () => {
    const order = ["Status", "Projects", "Key metrics", "Milestones: overdue, slipped, and due in the next 28 days", "Top risks and issues (by Score)", "Escalations", "Overdue actions", "Decisions needed", "Validation health", "Commentary"];
    const at = order.map((s) => html.indexOf(`>${s}`));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(html).toContain("Overall: Red");
    expect(html).toContain("Design signed off");
  });

  test("long lists are capped with a count of the rest", () => {
    const capped = reportHtml(report(), { maxRows: 1 });
    expect(capped).toContain("… and 2 more on the Status Report sheet");
  });

  test("a project's report names the project and drops the Projects section", () => {
    const p = reportHtml(report({ kind: "project", projectId: "P-2" }));
    expect(p).toContain("<title>Status report — Beacon — 2026-09-30</title>");
    expect(p).not.toContain("Apollo");
    expect(p).not.toContain("Design signed off");
  });
});
