/**
 * What this Excel can do, from its requirement sets. Every feature above the base set has a
 * stated fallback, and `missing` says in words what the user will not get.
 */
import type { HostCapabilities } from "../../plan/host";

/** `Office.context.requirements.isSetSupported`, injected so that tests can pose as any Excel. */
export type IsSetSupported = (name: string, version: string) => boolean;

export interface OfficeFeatures {
  /** ExcelApi 1.4: used range and items "or null object", names.add. Without it the host cannot work. */
  readonly base: boolean;
  /** ExcelApi 1.6. */
  readonly conditionalFormats: boolean;
  /** ExcelApi 1.7: freeze panes, tab colours, hyperlinks, chart series, NamedItem.formula. */
  readonly api17: boolean;
  /** ExcelApi 1.8: PivotTables, data validation, chart axis number formats. */
  readonly api18: boolean;
  /** ExcelApi 1.9: page layout, RangeAreas (`getRanges`) to style many areas in one call, and setCellProperties to set a column of links in one call. */
  readonly pageLayout: boolean;
  /** ExcelApi 1.13: merged areas when reading, Table.resize. */
  readonly api113: boolean;
}

export function detectFeatures(isSetSupported: IsSetSupported): OfficeFeatures {
  const has = (v: string) => {
    try {
      return isSetSupported("ExcelApi", v);
    } catch {
      // Outside Office (a plain browser) the requirements object does not exist.
      return false;
    }
  };
  return {
    base: has("1.4"),
    conditionalFormats: has("1.6"),
    api17: has("1.7"),
    api18: has("1.8"),
    pageLayout: has("1.9"),
    api113: has("1.13"),
  };
}

/** User-facing text for each missing feature (one catalogue, named ids). */
export const MISSING_MESSAGES = {
  base: "This Excel is too old for PMO Workbench: it needs ExcelApi 1.4 (Excel 2016 or later, Excel on the web, or Microsoft 365).",
  conditionalFormats: "Colour rules (RAG, severity) are not added: they need ExcelApi 1.6.",
  api17: "Frozen header rows, tab colours, cell links and charts are not added: they need ExcelApi 1.7 (Excel 2019 or later).",
  api18: "PivotTables and dropdown lists (data validation) are not added: they need ExcelApi 1.8 (Excel 2019 or later).",
  pageLayout: "Print settings of the Status Report (paper, orientation, fit to page, print titles) are not set: they need ExcelApi 1.9.",
  api113: "Merged cells are not read (ExcelApi 1.13), so detection may see a merged title as several cells; tables shrink by deleting rows instead of resizing.",
} as const satisfies Record<keyof OfficeFeatures, string>;

export function capabilitiesOf(f: OfficeFeatures): HostCapabilities {
  const missing = (Object.keys(MISSING_MESSAGES) as (keyof OfficeFeatures)[]).filter((k) => !f[k]).map((k) => MISSING_MESSAGES[k]);
  return {
    pivotTables: f.base && f.api18,
    charts: f.base && f.api17,
    dataValidation: f.base && f.api18,
    conditionalFormats: f.base && f.conditionalFormats,
    missing,
  };
}
