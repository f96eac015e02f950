import * as React from "react";
import { makeStyles, mergeClasses, Subtitle2, Tab, TabList, tokens, type SelectTabData } from "@fluentui/react-components";
import { Report } from "./components/Report/Report";
import { Settings } from "./components/Settings/Settings";
import { Structure } from "./components/Structure/Structure";
import { Trends } from "./components/Trends/Trends";
import { Validate } from "./components/Validate/Validate";
import { MESSAGES } from "./messages";

/** The tabs, in order. The label is the tab's accessible name. */
export const TABS = [
  { id: "structure", label: "Structure", Component: Structure },
  { id: "validate", label: "Validate", Component: Validate },
  { id: "trends", label: "Trends", Component: Trends },
  { id: "report", label: "Report", Component: Report },
  { id: "settings", label: "Settings", Component: Settings },
] as const;

export type TabId = (typeof TABS)[number]["id"];

export function isTabId(value: unknown): value is TabId {
  return TABS.some((t) => t.id === value);
}

export interface AppProps {
  /**
   * The tab shown first.
   * @default "structure"
   */
  readonly initialTab?: TabId;
  /** Shown between the header and the tabs: the preview's file toolbar, notices about the host. */
  readonly toolbar?: React.ReactNode;
  readonly className?: string;
}

const useAppStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    boxSizing: "border-box",
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalL,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
  logo: {
    width: "24px",
    height: "24px",
    flexShrink: 0,
  },
  title: {
    margin: 0,
  },
  tabs: {
    // Narrower panes or larger text: the tabs wrap rather than overflow.
    flexWrap: "wrap",
    marginLeft: `calc(${tokens.spacingHorizontalM} * -1)`,
    marginRight: `calc(${tokens.spacingHorizontalM} * -1)`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Slightly narrower than Fluent's small tab so that the five fit on one line at 320 px.
  tab: {
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
  },
  panel: {
    minWidth: 0,
    paddingTop: tokens.spacingVerticalS,
  },
});

const tabElementId = (id: TabId): string => `pmo-tab-${id}`;

/** The task pane: a header and one tab per area of the add-in. The workbook comes from HostContext. */
export function App({ initialTab = "structure", toolbar, className }: AppProps): React.JSX.Element {
  const styles = useAppStyles();
  const [selected, setSelected] = React.useState<TabId>(initialTab);
  const onTabSelect = React.useCallback((_: unknown, data: SelectTabData) => {
    if (isTabId(data.value)) setSelected(data.value);
  }, []);
  const current = TABS.find((t) => t.id === selected) ?? TABS[0];
  const { Component } = current;

  return (
    <main className={mergeClasses(styles.root, className)}>
      <header className={styles.header}>
        <img className={styles.logo} src="assets/icon-32.png" alt="" />
        <Subtitle2 as="h1" className={styles.title}>
          {MESSAGES.appTitle}
        </Subtitle2>
      </header>
      {toolbar}
      <TabList className={styles.tabs} size="small" selectedValue={selected} onTabSelect={onTabSelect} aria-label={MESSAGES.tabListLabel}>
        {TABS.map((t) => (
          <Tab key={t.id} id={tabElementId(t.id)} value={t.id} className={styles.tab}>
            {t.label}
          </Tab>
        ))}
      </TabList>
      <div className={styles.panel} role="tabpanel" aria-labelledby={tabElementId(current.id)}>
        <Component />
      </div>
    </main>
  );
}
