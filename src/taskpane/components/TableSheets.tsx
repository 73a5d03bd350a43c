import { makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Language, Localized } from "../../core/localized";
import type { WorkbookContents } from "../../hosts/host";
import {
  TABLE_KINDS,
  type MappingOverride,
  type TableKind,
  type WorkbookMapping,
} from "../../sheets";
import { chooseTableSheet } from "../data/chooseTableSheet";
import { sheetsOfKind } from "../data/sheetsOfKind";
import { say } from "../strings";
import { TableSheetField } from "./TableSheetField";

const useTableSheetsStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** The kinds without which nothing can be ranked. */
const REQUIRED: readonly TableKind[] = ["units", "scores"];

export interface TableSheetsProps {
  readonly mapping: WorkbookMapping;
  readonly contents: WorkbookContents;
  readonly language: Language;
  readonly onOverride: (override: MappingOverride) => void;
}

/**
 * For each kind of table, the sheet that holds it, which the user can change: the chosen sheet is
 * read again as that kind. A sheet that cannot be read so is refused with what it lacks.
 */
export function TableSheets({ mapping, contents, language, onOverride }: TableSheetsProps) {
  const styles = useTableSheetsStyles();
  const titleId = React.useId();
  const [errors, setErrors] = React.useState<Partial<Record<TableKind, Localized>>>({});
  const sheetNames = contents.grids.map((grid) => grid.sheetName);
  const choose = (kind: TableKind, sheetName: string) => {
    const choice = chooseTableSheet(kind, sheetName, contents.grids);
    setErrors((shown) => ({ ...shown, [kind]: choice.ok ? undefined : choice.message }));
    if (choice.ok) onOverride(choice.override);
  };
  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId}>
        {say("tableSheets", language)}
      </Subtitle2>
      <Text>{say("tableSheetsHint", language)}</Text>
      {TABLE_KINDS.map((kind) => (
        <TableSheetField
          key={kind}
          kind={kind}
          current={sheetsOfKind(mapping, kind)}
          sheetNames={sheetNames}
          required={REQUIRED.includes(kind)}
          error={errors[kind]?.[language] ?? null}
          language={language}
          onChoose={(sheetName) => choose(kind, sheetName)}
        />
      ))}
    </section>
  );
}
