import { Badge, Dropdown, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import type { ColumnChoice } from "../../sheets";
import type { ColumnOption } from "../data/columnOptions";
import { fieldLabel } from "../data/fieldLabel";
import { confidenceColor } from "../data/confidenceColor";
import { say } from "../strings";

const useColumnFieldStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  dropdown: { minWidth: "0", flexGrow: 1 },
});

export interface ColumnFieldProps {
  readonly field: string;
  readonly choice: ColumnChoice | undefined;
  readonly options: readonly ColumnOption[];
  readonly language: Language;
  /** The column chosen, or null for none. */
  readonly onChange: (column: number | null) => void;
}

const NONE = "none";

/** Which column holds one field of a table, with how sure the reader was; the user can change it. */
export function ColumnField({ field, choice, options, language, onChange }: ColumnFieldProps) {
  const styles = useColumnFieldStyles();
  const selected = choice ? String(choice.column) : NONE;
  const shown = choice
    ? (options.find((option) => option.column === choice.column)?.label ?? String(choice.column))
    : say("columnNone", language);
  return (
    <Field label={fieldLabel(field)[language]}>
      <div className={styles.row}>
        <Dropdown
          className={styles.dropdown}
          value={shown}
          selectedOptions={[selected]}
          onOptionSelect={(_, data) =>
            onChange(
              data.optionValue === NONE || data.optionValue === undefined
                ? null
                : Number(data.optionValue)
            )
          }
        >
          <Option value={NONE}>{say("columnNone", language)}</Option>
          {options.map((option) => (
            <Option key={option.column} value={String(option.column)}>
              {option.label}
            </Option>
          ))}
        </Dropdown>
        {choice && (
          <Badge
            appearance="tint"
            color={confidenceColor(choice.confidence)}
            aria-label={`${say("confidence", language)} ${Math.round(choice.confidence * 100)}%`}
          >
            {Math.round(choice.confidence * 100)}%
          </Badge>
        )}
      </div>
    </Field>
  );
}
