import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import { say } from "../strings";

export interface ConfirmReplaceDialogProps {
  /** The edited sheets; null when there is nothing to ask. */
  readonly sheets: readonly string[] | null;
  readonly language: Language;
  readonly onAnswer: (replace: boolean) => void;
}

/** Asks before replacing generated sheets that someone edited after they were generated. */
export function ConfirmReplaceDialog({ sheets, language, onAnswer }: ConfirmReplaceDialogProps) {
  return (
    <Dialog
      open={sheets !== null}
      modalType="alert"
      onOpenChange={(_, data) => !data.open && onAnswer(false)}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{say("confirmReplaceTitle", language)}</DialogTitle>
          <DialogContent>
            <p>{say("confirmReplace", language)}</p>
            <ul>
              {(sheets ?? []).map((sheet) => (
                <li key={sheet}>{sheet}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer(true)}>
              {say("replace", language)}
            </Button>
            <Button onClick={() => onAnswer(false)}>{say("cancel", language)}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
