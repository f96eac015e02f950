import { makeStyles, tokens } from "@fluentui/react-components";

export const useReportStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  picker: {
    maxWidth: "320px",
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    margin: 0,
  },
  subject: {
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  note: {
    color: tokens.colorNeutralForeground2,
    overflowWrap: "anywhere",
  },
  preview: {
    display: "block",
    width: "100%",
    height: "420px",
    boxSizing: "border-box",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});
