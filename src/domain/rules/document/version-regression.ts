import type { Iso } from "../../dates";
import { defineRule } from "../rule";
import { compareVersions, documentVersions, type DocumentVersion } from "./versions";

export default defineRule({
  meta: {
    id: "document/version-regression",
    register: "documents",
    severity: "warning",
    docs: {
      description: "Within one Document ID, a later Version Date never carries a lower Version.",
      why: "A newer file with an older number means either the date or the version is wrong, and people may work from a superseded copy.",
    },
    messages: {
      regression: "version {{version}} dated {{date}} is lower than version {{previous}} dated {{previousDate}}",
    },
  },
  check(ctx, report) {
    const byDoc = new Map<string, { d: DocumentVersion; date: Iso }[]>();
    const versions = documentVersions(ctx);
    for (let n = 0; n < versions.length; n++) {
      const d = versions[n]!;
      const read = d.row.readDate("versionDate");
      const date = read.ok ? read.value : null;
      if (!d.docId || !d.parts || !date) continue;
      const list = byDoc.get(d.docId);
      if (list) list.push({ d, date });
      else byDoc.set(d.docId, [{ d, date }]);
    }
    const out = [];
    for (const list of byDoc.values()) {
      // Stable sort by date keeps row order for versions of the same day.
      const sorted = [...list].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      let highest: { d: DocumentVersion; date: Iso } | null = null;
      for (const x of sorted) {
        if (highest && x.date > highest.date && compareVersions(x.d.parts!, highest.d.parts!) < 0) {
          out.push(report("regression", x.d.row.cell("version")!, x.d.key, { version: x.d.version, date: x.date, previous: highest.d.version, previousDate: highest.date }));
        }
        if (!highest || compareVersions(x.d.parts!, highest.d.parts!) > 0) highest = x;
      }
    }
    return out;
  },
});
