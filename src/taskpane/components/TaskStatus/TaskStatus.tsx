import * as React from "react";
import { Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, mergeClasses, ProgressBar, tokens } from "@fluentui/react-components";
import { FORMATS } from "../../messages";
import type { Outcome, PaneError, TaskState } from "../../state/task";

const useTaskStatusStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  progress: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  label: {
    color: tokens.colorNeutralForeground2,
  },
  text: {
    overflowWrap: "anywhere",
  },
  location: {
    display: "block",
    marginTop: tokens.spacingVerticalXXS,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface ErrorBarProps {
  readonly error: PaneError;
}

/** An error: its title, the message, and the sheet and cell it is about. */
export function ErrorBar({ error }: ErrorBarProps): React.JSX.Element {
  const styles = useTaskStatusStyles();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody className={styles.text}>
        <MessageBarTitle>{error.title}</MessageBarTitle>
        {error.message}
        {error.location && <span className={styles.location}>{error.location}</span>}
      </MessageBarBody>
    </MessageBar>
  );
}

export interface OutcomeBarProps {
  readonly outcome: Outcome;
}

export function OutcomeBar({ outcome }: OutcomeBarProps): React.JSX.Element {
  const styles = useTaskStatusStyles();
  return (
    <MessageBar intent={outcome.intent} layout="multiline">
      <MessageBarBody className={styles.text}>
        <MessageBarTitle>{outcome.title}</MessageBarTitle>
        {outcome.text}
      </MessageBarBody>
    </MessageBar>
  );
}

export interface TaskStatusProps {
  readonly task: TaskState;
  readonly className?: string;
}

/**
 * A task's state where the user looks: a progress bar with what is being done while it runs
 * (announced politely to screen readers), then its outcome or error as a MessageBar.
 */
export function TaskStatus({ task, className }: TaskStatusProps): React.JSX.Element | null {
  const styles = useTaskStatusStyles();
  const { running, label, progress, error, outcome } = task;
  if (!running && !error && !outcome) return null;
  const text = label && progress && progress.total > 0 ? FORMATS.progress(label, progress.done, progress.total) : label;
  return (
    <div className={mergeClasses(styles.root, className)}>
      {running && (
        <div className={styles.progress} role="status">
          <Caption1 className={styles.label}>{text}</Caption1>
          <ProgressBar
            thickness="large"
            aria-label={label ?? undefined}
            {...(progress && progress.total > 0 ? { value: progress.done, max: progress.total } : {})}
          />
        </div>
      )}
      {!running && error && <ErrorBar error={error} />}
      {!running && outcome && <OutcomeBar outcome={outcome} />}
    </div>
  );
}
