import { Button, MessageBar, MessageBarBody, ProgressBar } from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import type { Status } from "../session/sessionTypes";
import { say } from "../strings";

export interface StatusBarProps {
  readonly status: Status;
  readonly language: Language;
  readonly onCancel: () => void;
}

/** The pane's one live region: progress, errors and confirmations are announced to screen readers. */
export function StatusBar({ status, language, onCancel }: StatusBarProps) {
  return (
    <div aria-live="polite" role="status">
      {status.kind === "working" && (
        <>
          <ProgressBar aria-label={status.message[language]} />
          <span>{status.message[language]}</span>
          {status.cancellable && <Button onClick={onCancel}>{say("cancel", language)}</Button>}
        </>
      )}
      {status.kind === "error" && (
        <MessageBar intent="error">
          <MessageBarBody>{status.message[language]}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === "info" && (
        <MessageBar intent="info">
          <MessageBarBody>{status.message[language]}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
