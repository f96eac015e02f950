import { defineRule } from "../rule";
import { documentVersions } from "./versions";

export default defineRule({
  meta: {
    id: "document/version-format",
    register: "documents",
    severity: "warning",
    docs: {
      description: "Version is of the form N.N or N.N.N (1.0, 2.3.1).",
      why: "Versions such as \"final\" or \"v2 new\" cannot be ordered, so nobody can tell which is the latest.",
    },
    messages: {
      format: 'Version "{{version}}" is not of the form N.N (or N.N.N)',
    },
  },
  check(ctx, report) {
    return documentVersions(ctx).flatMap((d) => {
      const cell = d.row.cell("version");
      if (!d.version || d.parts || !cell) return [];
      return [report("format", cell, d.key, { version: d.version })];
    });
  },
});
