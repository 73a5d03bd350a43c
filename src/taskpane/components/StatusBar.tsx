import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import type { Status } from "../session/sessionTypes";
import { say } from "../strings";

const useStatusBarStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  working: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1 },
});

export interface StatusBarProps {
  readonly status: Status;
  readonly language: Language;
  readonly onCancel: () => void;
  readonly onRefresh: () => void;
}

const INTENTS = { error: "error", info: "info", success: "success" } as const;

/**
 * The pane's one live region: progress, results and errors are announced to screen readers.
 * While work can still be cancelled it offers Cancel; after a co-author's change, Refresh.
 */
export function StatusBar({ status, language, onCancel, onRefresh }: StatusBarProps) {
  const styles = useStatusBarStyles();
  return (
    <div className={styles.root} role="status" aria-live="polite">
      {status.kind === "working" && (
        <>
          <ProgressBar value={status.progress} aria-label={status.message[language]} />
          <div className={styles.working}>
            <Text className={styles.grow}>{status.message[language]}</Text>
            {status.cancellable && <Button onClick={onCancel}>{say("cancel", language)}</Button>}
          </div>
        </>
      )}
      {(status.kind === "error" || status.kind === "info" || status.kind === "success") && (
        <MessageBar intent={INTENTS[status.kind]} layout="multiline">
          <MessageBarBody>{status.message[language]}</MessageBarBody>
          {status.kind === "error" && status.offerRefresh && (
            <MessageBarActions>
              <Button onClick={onRefresh}>{say("refresh", language)}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
    </div>
  );
}
