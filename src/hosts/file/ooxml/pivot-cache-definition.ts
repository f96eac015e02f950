/**
 * The pivot cache definition part (xl/pivotCache/pivotCacheDefinitionN.xml).
 *
 * The cache holds no records and no shared items: it is marked refreshOnLoad, so Excel rebuilds
 * it from the source table when the file opens, and LibreOffice builds its pivot output from
 * the source on import (tested: test/metrics/libreoffice-recalc.test.ts). That keeps the part small and
 * never stale, whatever the register holds.
 *
 * CT_PivotCacheDefinition (sml.xsd), children in this order:
 *   <cacheSource/> (1) <cacheFields/> (1) <cacheHierarchies/>? <kpis/>? <tupleCache/>?
 *   <calculatedItems/>? <calculatedMembers/>? <dimensions/>? <measureGroups/>? <maps/>? <extLst/>?
 * CT_CacheSource: choice of <worksheetSource ref? name? sheet?/> | <consolidation/> | <extLst/>; @type required.
 * CT_CacheField: <sharedItems/>? <fieldGroup/>? <mpMap/>* <extLst/>?; @name required.
 */
import { NS } from "./constants";
import type { PivotModel } from "./model";
import { el, type XmlElement } from "./xml";

/** Version stamps of Excel 2007 pivots: the oldest that Excel refreshes without an upgrade prompt. */
const PIVOT_VERSION = 3;

export function renderPivotCacheDefinition(m: PivotModel): XmlElement {
  return el(
    "pivotCacheDefinition",
    {
      xmlns: NS.main,
      "xmlns:r": NS.rel,
      saveData: false,
      refreshOnLoad: true,
      createdVersion: PIVOT_VERSION,
      refreshedVersion: PIVOT_VERSION,
      minRefreshableVersion: PIVOT_VERSION,
      recordCount: 0,
    },
    [
      el("cacheSource", { type: "worksheet" }, [el("worksheetSource", { name: m.sourceTable })]),
      el(
        "cacheFields",
        { count: m.fields.length },
        m.fields.map((name) => el("cacheField", { name, numFmtId: 0 }, [el("sharedItems")])),
      ),
    ],
  );
}
