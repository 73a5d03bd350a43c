import { Checkbox, makeStyles, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import { documentSheetName, type DocumentKind } from "../../documents";
import { say } from "../strings";

const useDocumentChoicesStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", border: "none", margin: 0, padding: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface DocumentChoicesProps {
  readonly allowed: readonly DocumentKind[];
  readonly chosen: readonly DocumentKind[];
  readonly year: number;
  readonly language: Language;
  readonly onChange: (chosen: readonly DocumentKind[]) => void;
}

/** A checkbox per document that can be generated, named as its sheet will be. */
export function DocumentChoices({
  allowed,
  chosen,
  year,
  language,
  onChange,
}: DocumentChoicesProps) {
  const styles = useDocumentChoicesStyles();
  const none = allowed.every((kind) => !chosen.includes(kind));
  const toggle = (kind: DocumentKind, checked: boolean) =>
    onChange(
      checked
        ? [...chosen.filter((other) => other !== kind), kind]
        : chosen.filter((other) => other !== kind)
    );
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{say("documents", language)}</legend>
      {allowed.map((kind) => (
        <Checkbox
          key={kind}
          label={documentSheetName(kind, year, language)}
          checked={chosen.includes(kind)}
          onChange={(_, data) => toggle(kind, data.checked === true)}
        />
      ))}
      {none && (
        <Text className={styles.error} role="alert">
          {say("chooseOne", language)}
        </Text>
      )}
    </fieldset>
  );
}
