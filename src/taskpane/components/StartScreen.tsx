import { Body1, Button, makeStyles, Title3, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import { say } from "../strings";

const useStartScreenStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  fileInput: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export interface StartScreenProps {
  readonly language: Language;
  readonly busy: boolean;
  /** The file open now: the screen shrinks to its name and a button to open another. */
  readonly fileName: string | null;
  readonly onOpenFile: (file: File) => void;
  readonly onUseSample: () => void;
}

/** Hands the chosen file on and clears the input, so choosing the same file again works. */
function useFilePicker(onOpenFile: StartScreenProps["onOpenFile"]) {
  const input = React.useRef<HTMLInputElement>(null);
  const onChange = (event: React.ChangeEvent<HTMLInputElement>) => {
    const target = event.currentTarget;
    const file = target.files?.[0];
    if (!file) return;
    target.value = "";
    onOpenFile(file);
  };
  return { input, onChange, choose: () => input.current?.click() };
}

/** Outside Excel: open a workbook from disk, or the bundled sample. Nothing leaves the computer. */
export function StartScreen({
  language,
  busy,
  fileName,
  onOpenFile,
  onUseSample,
}: StartScreenProps) {
  const styles = useStartScreenStyles();
  const picker = useFilePicker(onOpenFile);
  const titleId = React.useId();
  return (
    <section className={styles.root} aria-labelledby={titleId}>
      {fileName === null ? (
        <>
          <Title3 as="h2" id={titleId}>
            {say("startTitle", language)}
          </Title3>
          <Body1>{say("startIntro", language)}</Body1>
        </>
      ) : (
        <Body1 id={titleId}>
          {say("openedFile", language)} <strong>{fileName}</strong>
        </Body1>
      )}
      <input
        ref={picker.input}
        className={styles.fileInput}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={say("openFile", language)}
        tabIndex={-1}
        onChange={picker.onChange}
      />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={picker.choose}>
          {say("openFile", language)}
        </Button>
        <Button disabled={busy} onClick={onUseSample}>
          {say("useSample", language)}
        </Button>
      </div>
    </section>
  );
}
