import * as React from "react";
import { makeStyles, mergeClasses, Spinner, Subtitle2, Tab, TabList, tokens, type SelectTabData } from "@fluentui/react-components";
import type { WorkbookHost } from "../plan/host";
import { Structure } from "./components/Structure/Structure";
import { useHost } from "./host-context";
import { MESSAGES } from "./messages";
import { PaneStateProvider } from "./state/store";

/*
 * Structure is the first tab and is in the initial scripts; the other tabs are loaded when first
 * opened, each in a chunk of its own (and the engine they call in another, see engine/).
 */
const Validate = React.lazy(() => import(/* webpackChunkName: "tab-validate" */ "./components/Validate/Validate").then((m) => ({ default: m.Validate })));
const Trends = React.lazy(() => import(/* webpackChunkName: "tab-trends" */ "./components/Trends/Trends").then((m) => ({ default: m.Trends })));
const Report = React.lazy(() => import(/* webpackChunkName: "tab-report" */ "./components/Report/Report").then((m) => ({ default: m.Report })));
const Settings = React.lazy(() => import(/* webpackChunkName: "tab-settings" */ "./components/Settings/Settings").then((m) => ({ default: m.Settings })));

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
    // A pane is 320–500 px wide; in a wide browser window (the preview) it stays readable.
    maxWidth: "640px",
    marginLeft: "auto",
    marginRight: "auto",
    boxSizing: "border-box",
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalXXL,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
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
    marginLeft: `calc(${tokens.spacingHorizontalL} * -1)`,
    marginRight: `calc(${tokens.spacingHorizontalL} * -1)`,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Slightly narrower than Fluent's small tab so that the five fit on one line at 320 px.
  tab: {
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
  },
  panel: {
    minWidth: 0,
    paddingTop: tokens.spacingVerticalXS,
  },
  loading: {
    justifyContent: "flex-start",
  },
});

const tabElementId = (id: TabId): string => `pmo-tab-${id}`;

const hostIds = new WeakMap<WorkbookHost, number>();
let nextHostId = 1;

/** A number per host object: the pane's state starts afresh for every workbook opened. */
function hostKey(host: WorkbookHost | null): string {
  if (!host) return "none";
  let id = hostIds.get(host);
  if (id === undefined) hostIds.set(host, (id = nextHostId++));
  return `host-${id}`;
}

/** The task pane: a header and one tab per area of the add-in. The workbook comes from HostContext. */
export function App({ initialTab = "structure", toolbar, className }: AppProps): React.JSX.Element {
  const styles = useAppStyles();
  const host = useHost();
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
          <Tab key={t.id} id={tabElementId(t.id)} value={t.id} className={styles.tab} aria-controls={t.id === current.id ? `pmo-panel-${t.id}` : undefined}>
            {t.label}
          </Tab>
        ))}
      </TabList>
      <PaneStateProvider key={hostKey(host)}>
        <div className={styles.panel} role="tabpanel" id={`pmo-panel-${current.id}`} aria-labelledby={tabElementId(current.id)}>
          <React.Suspense fallback={<Spinner className={styles.loading} size="tiny" labelPosition="after" label={MESSAGES.tabLoading} />}>
            <Component />
          </React.Suspense>
        </div>
      </PaneStateProvider>
    </main>
  );
}
