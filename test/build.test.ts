/**
 * The production build (npm run build): the pages load what they should, and exceljs (about a
 * megabyte) stays out of the task pane's initial scripts — it comes in a lazily loaded chunk
 * when a workbook file is opened.
 */
import * as fs from "fs";
import { BUILD_TIMEOUT_MS, distFile, ensureDist, ROOT } from "./support/ensure-dist";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/** Strings only exceljs's own code contains (the file host's part writer names other parts). */
const EXCELJS_MARKERS = ["xl/sharedStrings.xml", "ExcelJS"];

/** The src of every <script> of a page, in document order (minified HTML may drop quotes). */
function scripts(page: string): string[] {
  const html = fs.readFileSync(distFile(page), "utf8");
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
}

const isRemote = (src: string): boolean => /^(?:https?:)?\/\//i.test(src);

function containsExceljs(file: string): boolean {
  const code = fs.readFileSync(distFile(file), "utf8");
  return EXCELJS_MARKERS.some((m) => code.includes(m));
}

describe("npm run build", () => {
  beforeAll(ensureDist, BUILD_TIMEOUT_MS);

  it("emits the three pages, the manifest and the icons", () => {
    for (const f of ["taskpane.html", "commands.html", "preview.html", "manifest.xml"]) expect(fs.existsSync(distFile(f))).toBe(true);
    const icons = fs.readdirSync(`${ROOT}/assets`).filter((f) => f.endsWith(".png"));
    expect(icons).toEqual(expect.arrayContaining(["icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png", "icon-128.png"]));
    for (const icon of icons) expect(fs.readFileSync(distFile(`assets/${icon}`))).toEqual(fs.readFileSync(`${ROOT}/assets/${icon}`));
  });

  it.each([
    ["taskpane.html", "taskpane"],
    ["commands.html", "commands"],
  ])("%s loads office.js first, then its own bundle", (page, entry) => {
    const srcs = scripts(page);
    expect(srcs[0]).toBe(OFFICE_JS);
    const local = srcs.slice(1);
    expect(local.some((s) => new RegExp(`^${entry}\\.[0-9a-f]+\\.js$`).test(s))).toBe(true);
    for (const s of local) {
      expect(isRemote(s)).toBe(false);
      expect(fs.existsSync(distFile(s))).toBe(true);
    }
  });

  it("preview.html does not load office.js or any remote script", () => {
    const srcs = scripts("preview.html");
    expect(srcs.some((s) => /^preview\.[0-9a-f]+\.js$/.test(s))).toBe(true);
    expect(srcs.filter(isRemote)).toEqual([]);
    expect(fs.readFileSync(distFile("preview.html"), "utf8")).not.toMatch(/office\.js|appsforoffice/i);
  });

  it("office.js is the only remote script of any page", () => {
    const remote = ["taskpane.html", "commands.html", "preview.html"].flatMap(scripts).filter(isRemote);
    expect(new Set(remote)).toEqual(new Set([OFFICE_JS]));
  });

  it("keeps exceljs out of the initial scripts of the task pane and the preview, in a lazy chunk", () => {
    const initial = new Set(["taskpane.html", "preview.html", "commands.html"].flatMap(scripts).filter((s) => !isRemote(s)));
    for (const s of initial) expect({ script: s, exceljs: containsExceljs(s) }).toEqual({ script: s, exceljs: false });
    // The markers do find exceljs: it is in one of the other (lazily loaded) chunks.
    const lazy = fs.readdirSync(distFile("")).filter((f) => f.endsWith(".js") && !initial.has(f));
    expect(lazy.filter(containsExceljs)).toHaveLength(1);
  });
});
