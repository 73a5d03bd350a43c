import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import type { Generation } from "../session/sessionTypes";
import { say } from "../strings";

const useGenerationResultStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    alignItems: "flex-start",
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface GenerationResultProps {
  readonly generation: Generation;
  readonly language: Language;
}

/** The sheets just written, any warning from the host, and (outside Excel) the download. */
export function GenerationResult({ generation, language }: GenerationResultProps) {
  const styles = useGenerationResultStyles();
  return (
    <div className={styles.root}>
      <Text weight="semibold">{say("generated", language)}</Text>
      <ul className={styles.list}>
        {generation.sheets.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
      {generation.warnings.map((warning, index) => (
        <MessageBar key={index} intent="warning" layout="multiline">
          <MessageBarBody>{warning[language]}</MessageBarBody>
        </MessageBar>
      ))}
      {generation.download && (
        <Button
          as="a"
          appearance="primary"
          href={generation.download.url}
          download={generation.download.fileName}
        >
          {say("download", language)} ({generation.download.fileName})
        </Button>
      )}
    </div>
  );
}
