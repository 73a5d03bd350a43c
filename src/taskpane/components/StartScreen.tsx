import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import { say } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  hidden: { display: "none" },
});

export interface StartScreenProps {
  readonly language: Language;
  readonly onOpenFile: (bytes: Uint8Array, fileName: string) => void;
  readonly onUseSample: () => void;
}

/** Outside Excel: open a workbook from disk, or the bundled sample. */
export function StartScreen({ language, onOpenFile, onUseSample }: StartScreenProps) {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const onChange = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) onOpenFile(new Uint8Array(await file.arrayBuffer()), file.name);
    event.target.value = "";
  };
  return (
    <section className={styles.root} aria-labelledby="start-title">
      <Body1 id="start-title">{say("startIntro", language)}</Body1>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={say("openFile", language)}
        data-testid="file-input"
        onChange={onChange}
      />
      <Button appearance="primary" onClick={() => input.current?.click()}>
        {say("openFile", language)}
      </Button>
      <Button onClick={onUseSample}>{say("useSample", language)}</Button>
    </section>
  );
}
