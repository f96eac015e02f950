/**
 * manifest.xml: what Office reads when it installs the add-in. Office cannot be run here, so the
 * test checks what it relies on: host, permissions, requirement set, the ribbon's buttons and
 * their resources, and that every URL the manifest names is a file the build emits.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { ManifestInfo } from "office-addin-manifest";
import { RIBBON_ACTIONS } from "../src/ribbon/commands";
import { BUILD_TIMEOUT_MS, distFile, ensureDist, ROOT } from "./support/ensure-dist";

const MANIFEST = path.join(ROOT, "manifest.xml");
const ORIGIN = "https://localhost:3000/";

/** xml2js's shape: elements are arrays, attributes under "$", text under "_" or as a string. */
type XmlNode = { $?: Record<string, string>; _?: string; [child: string]: unknown };

function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const c = node?.[name];
  return Array.isArray(c) ? (c as XmlNode[]) : [];
}

function child(node: XmlNode | undefined, ...names: string[]): XmlNode | undefined {
  let n = node;
  for (const name of names) n = children(n, name)[0];
  return n;
}

function text(node: XmlNode | string | undefined): string | undefined {
  return typeof node === "string" ? node : node?._;
}

/** Every element with the given name, anywhere under node. */
function descendants(node: unknown, name: string, out: XmlNode[] = []): XmlNode[] {
  if (Array.isArray(node)) for (const n of node) descendants(n, name, out);
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$") continue;
      if (key === name && Array.isArray(value)) out.push(...(value as XmlNode[]));
      descendants(value, name, out);
    }
  }
  return out;
}

/**
 * Every attribute value and text anywhere under node, without namespace declarations (their
 * URIs are names, not places the add-in loads).
 */
function values(node: unknown, out: string[] = []): string[] {
  if (typeof node === "string") out.push(node);
  else if (Array.isArray(node)) for (const n of node) values(n, out);
  else if (node && typeof node === "object") {
    for (const [key, v] of Object.entries(node)) {
      if (key === "$") {
        for (const [attr, value] of Object.entries(v as Record<string, string>)) if (!attr.startsWith("xmlns")) out.push(value);
      } else values(v, out);
    }
  }
  return out;
}

/** Every value of an attribute anywhere under node. */
function attributeValues(node: unknown, attr: string, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const n of node) attributeValues(n, attr, out);
  else if (node && typeof node === "object") {
    for (const [key, v] of Object.entries(node)) {
      if (key === "$") {
        const value = (v as Record<string, string>)[attr];
        if (value !== undefined) out.push(value);
      } else attributeValues(v, attr, out);
    }
  }
  return out;
}

/**
 * Reads the manifest with office-addin-manifest's XML reader (what `readManifestFile` uses for
 * .xml manifests), in a separate Node process: under jest the reader cannot load (it requires
 * uuid, which is ES-module only), and the package's main entry cannot load anywhere on the
 * installed tree (its JSON-manifest reader needs ajv 8; ajv 6 is hoisted).
 */
function readManifest(file: string): { info: ManifestInfo; xml: { OfficeApp: XmlNode } } {
  const script = `
    const { ManifestHandlerXml } = require("office-addin-manifest/lib/manifestHandler/manifestHandlerXml");
    const handler = new ManifestHandlerXml(process.argv[1]);
    Promise.all([handler.parseManifest(), handler.parseXmlAsync()]).then(
      ([info, xml]) => process.stdout.write(JSON.stringify({ info, xml })),
      (e) => { process.stderr.write(String(e)); process.exit(1); },
    );`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script, file], { cwd: ROOT, encoding: "utf8" }));
}

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  let info: ManifestInfo;
  let app: XmlNode;

  beforeAll(() => {
    const read = readManifest(MANIFEST);
    info = read.info;
    app = read.xml.OfficeApp;
  });

  it("is a task pane add-in for Excel workbooks with ReadWriteDocument and no extra domains", () => {
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.providerName).toBe("PMO Workbench");
    expect(info.displayName).toBe("PMO Workbench");
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(info.defaultSettings?.sourceLocation).toBe(`${ORIGIN}taskpane.html`);
    expect(info.appDomains ?? []).toEqual([]);
  });

  it("requires ExcelApi 1.7", () => {
    const sets = children(child(app, "Requirements", "Sets"), "Set").map((s) => s.$);
    expect(sets).toEqual([{ Name: "ExcelApi", MinVersion: "1.7" }]);
  });

  describe("ribbon", () => {
    const overrides = (): XmlNode => {
      const vo = child(app, "VersionOverrides");
      expect(vo?.$?.["xsi:type"]).toBe("VersionOverridesV1_0");
      return vo as XmlNode;
    };
    const ITEM: Record<string, string> = { "bt:Images": "bt:Image", "bt:Urls": "bt:Url", "bt:ShortStrings": "bt:String", "bt:LongStrings": "bt:String" };
    const resources = (kind: keyof typeof ITEM): Map<string, string> => {
      const group = child(overrides(), "Resources", kind);
      const items = children(group, ITEM[kind] as string);
      return new Map(items.map((i) => [i.$?.id ?? "", i.$?.DefaultValue ?? ""]));
    };

    it("has one PMO Workbench group on the command surface with the four buttons", () => {
      const host = child(overrides(), "Hosts", "Host");
      expect(host?.$?.["xsi:type"]).toBe("Workbook");
      const form = child(host, "DesktopFormFactor");
      const point = child(form, "ExtensionPoint");
      expect(point?.$?.["xsi:type"]).toBe("PrimaryCommandSurface");
      const groups = descendants(point, "Group");
      expect(groups).toHaveLength(1);
      const shortStrings = resources("bt:ShortStrings");
      expect(shortStrings.get(child(groups[0], "Label")?.$?.resid ?? "")).toBe("PMO Workbench");

      const buttons = children(groups[0], "Control").map((c) => {
        const action = child(c, "Action");
        return {
          label: shortStrings.get(child(c, "Label")?.$?.resid ?? ""),
          action: action?.$?.["xsi:type"],
          fn: text(children(action, "FunctionName")[0]),
        };
      });
      expect(buttons).toEqual([
        { label: "Open PMO Workbench", action: "ShowTaskpane", fn: undefined },
        { label: "Validate", action: "ExecuteFunction", fn: "validateWorkbook" },
        { label: "Take snapshot", action: "ExecuteFunction", fn: "takeSnapshot" },
        { label: "Build report", action: "ExecuteFunction", fn: "buildReport" },
      ]);
    });

    it("names only functions that commands.ts associates", () => {
      const names = descendants(overrides(), "FunctionName").map((n) => text(n));
      expect(names.sort()).toEqual(Object.keys(RIBBON_ACTIONS).sort());
    });

    it("gives every icon 16, 32 and 80 px images of that size", () => {
      const images = resources("bt:Images");
      const icons = descendants(overrides(), "Icon");
      expect(icons.length).toBeGreaterThanOrEqual(5);
      for (const icon of icons) {
        const sized = children(icon, "bt:Image").map((i) => i.$ ?? {});
        expect(sized.map((i) => i.size)).toEqual(["16", "32", "80"]);
        for (const { size, resid } of sized) {
          const url = images.get(resid ?? "");
          expect(url).toMatch(new RegExp(`^${ORIGIN}assets/icon-${size}\\.png$`));
          const px = Number(size);
          expect(pngSize(path.join(ROOT, (url as string).slice(ORIGIN.length)))).toEqual({ width: px, height: px });
        }
      }
    });

    it("refers only to resources it defines, and short strings fit Office's limits", () => {
      const defined = new Set(Object.keys(ITEM).flatMap((k) => [...resources(k).keys()]));
      const resids = attributeValues(child(overrides(), "Hosts"), "resid");
      expect(resids.length).toBeGreaterThan(20);
      expect(resids.filter((r) => !defined.has(r))).toEqual([]);
      for (const s of resources("bt:ShortStrings").values()) expect(s.length).toBeLessThanOrEqual(125);
      for (const s of resources("bt:LongStrings").values()) expect(s.length).toBeLessThanOrEqual(250);
    });
  });

  describe("against the build", () => {
    beforeAll(ensureDist, BUILD_TIMEOUT_MS);

    it("names only https://localhost:3000 URLs, each a file of dist/", () => {
      const urls = values(app).filter((v) => /^https?:\/\//.test(v));
      expect(urls.length).toBeGreaterThanOrEqual(8);
      const missing = urls.filter((u) => !u.startsWith(ORIGIN) || !fs.existsSync(distFile(new URL(u).pathname.slice(1))));
      expect(missing).toEqual([]);
      for (const page of ["taskpane.html", "commands.html"]) expect(urls).toContain(`${ORIGIN}${page}`);
    });

    it("is copied into dist/ unchanged", () => {
      expect(fs.readFileSync(distFile("manifest.xml"), "utf8")).toBe(fs.readFileSync(MANIFEST, "utf8"));
    });
  });
});
