import * as React from "react";
import {
  Button,
  Caption1,
  makeStyles,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { App } from "../../App";
import { HostProvider } from "../../host-context";
import { MESSAGES } from "../../messages";
import { useFileWorkbench } from "./useFileWorkbench";

export interface FileWorkbenchProps {
  /** A message shown above the toolbar (the task pane opened outside Excel says so). */
  readonly notice?: { readonly title: string; readonly text: string };
}

const useFileWorkbenchStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  fileName: {
    color: tokens.colorNeutralForeground2,
    minWidth: 0,
    flexBasis: "100%",
    overflowWrap: "anywhere",
  },
});

/**
 * The task pane over a workbook file: the same App as inside Excel, given the file host through
 * HostContext, with a toolbar to open an .xlsx/.xlsm (or build the sample), and download the result.
 */
export function FileWorkbench({ notice }: FileWorkbenchProps): React.JSX.Element {
  const styles = useFileWorkbenchStyles();
  const { workbook, busy, error, open, loadSample, download } = useFileWorkbench();
  const input = React.useRef<HTMLInputElement>(null);

  const onFile = (e: React.ChangeEvent<HTMLInputElement>): void => {
    const file = e.target.files?.[0];
    // Cleared so that choosing the same file again opens it again.
    e.target.value = "";
    if (file) void open(file);
  };

  const toolbar = (
    <>
      {notice && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {notice.text}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.bar} role="toolbar" aria-label={MESSAGES.fileToolbarLabel}>
        <Button appearance="primary" size="small" disabled={busy} onClick={() => input.current?.click()}>
          {MESSAGES.fileOpen}
        </Button>
        <input ref={input} type="file" accept=".xlsx,.xlsm" hidden aria-label={MESSAGES.fileInputLabel} onChange={onFile} />
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <MenuButton size="small" disabled={busy}>
              {MESSAGES.fileSample}
            </MenuButton>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem onClick={() => void loadSample("messy")}>{MESSAGES.fileSampleMessy}</MenuItem>
              <MenuItem onClick={() => void loadSample("structured")}>{MESSAGES.fileSampleStructured}</MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
        <Button size="small" disabled={busy || !workbook} onClick={() => void download()}>
          {MESSAGES.fileDownload}
        </Button>
        {busy && <Spinner size="tiny" aria-label={MESSAGES.fileOpening} />}
        <Caption1 className={styles.fileName}>{workbook ? workbook.fileName : MESSAGES.noWorkbookTitle}</Caption1>
      </div>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{error.title}</MessageBarTitle>
            {error.message}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );

  return (
    <HostProvider host={workbook?.host ?? null}>
      <App toolbar={toolbar} />
    </HostProvider>
  );
}
