import { makeStyles, tokens } from "@fluentui/react-components";

export const useValidateStyles = makeStyles({
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXS,
  },
  filter: {
    minWidth: "120px",
    maxWidth: "100%",
  },
  empty: {
    color: tokens.colorNeutralForeground2,
  },
  ruleHeader: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  ruleIcon: {
    flexShrink: 0,
    fontSize: tokens.fontSizeBase400,
  },
  error: {
    color: tokens.colorPaletteRedForeground1,
  },
  warning: {
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  info: {
    color: tokens.colorPaletteBlueForeground2,
  },
  ruleDescription: {
    display: "block",
    color: tokens.colorNeutralForeground2,
    marginBottom: tokens.spacingVerticalS,
  },
  sheet: {
    display: "block",
    marginTop: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  finding: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "flex-start",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    minWidth: 0,
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid transparent`,
    borderRadius: tokens.borderRadiusSmall,
    "@media (forced-colors: active)": {
      borderLeftColor: "CanvasText",
    },
  },
  findingError: {
    borderLeftColor: tokens.colorPaletteRedBorder2,
  },
  findingWarning: {
    borderLeftColor: tokens.colorPaletteDarkOrangeBorder2,
  },
  findingInfo: {
    borderLeftColor: tokens.colorPaletteBlueBorderActive,
  },
  findingSelected: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    "@media (forced-colors: active)": {
      outline: `${tokens.strokeWidthThick} solid Highlight`,
    },
  },
  cell: {
    flexShrink: 0,
    minWidth: "36px",
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
  message: {
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  selection: {
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
});
