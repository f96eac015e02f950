import { defineRule } from "../rule";
import { norm } from "../rows";
import { documentVersions } from "./versions";

export default defineRule({
  meta: {
    id: "document/duplicate-version",
    register: "documents",
    severity: "error",
    docs: {
      description: "A Document ID and Version pair appears once.",
      why: "Two entries for one version leave nobody sure which file, date or approval is the real one.",
    },
    messages: {
      duplicate: "{{id}} version {{version}} is already on row {{firstRow}}",
    },
  },
  check(ctx, report) {
    const first = new Map<string, number>();
    return documentVersions(ctx).flatMap((d) => {
      const cell = d.row.cell("version");
      if (!d.docId || !d.version || !cell) return [];
      const k = `${d.docId}\u0000${norm(d.version)}`;
      const seen = first.get(k);
      if (seen === undefined) {
        first.set(k, d.row.row + 1);
        return [];
      }
      return [report("duplicate", cell, d.key, { id: d.row.textOf("documentId"), version: d.version, firstRow: seen })];
    });
  },
});
