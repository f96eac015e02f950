import { makeStyles, tokens } from "@fluentui/react-components";

export const useStructureStyles = makeStyles({
  count: {
    color: tokens.colorNeutralForeground2,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  item: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    flexGrow: 1,
    flexBasis: "60%",
    overflowWrap: "anywhere",
  },
  detail: {
    color: tokens.colorNeutralForeground3,
  },
  note: {
    flexBasis: "100%",
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
});
