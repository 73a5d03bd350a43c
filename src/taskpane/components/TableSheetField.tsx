import { Dropdown, Field, makeStyles, Option } from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import type { TableKind } from "../../sheets";
import { tableKindName } from "../data/tableKindName";
import { say } from "../strings";

const useTableSheetFieldStyles = makeStyles({
  dropdown: { minWidth: "0" },
});

export interface TableSheetFieldProps {
  readonly kind: TableKind;
  /** The sheets that hold this kind's tables now (none when it was not found). */
  readonly current: readonly string[];
  /** Every sheet of the workbook the user may choose. */
  readonly sheetNames: readonly string[];
  /** The kind is needed to rank the units: not finding it is an error. */
  readonly required: boolean;
  /** Why the last choice was not applied. */
  readonly error: string | null;
  readonly language: Language;
  readonly onChoose: (sheetName: string) => void;
}

/** Which sheet holds one kind of table; choosing a sheet reads it again as that kind. */
export function TableSheetField(props: TableSheetFieldProps) {
  const { current, language } = props;
  const styles = useTableSheetFieldStyles();
  const missing = current.length === 0;
  const message =
    props.error ?? (missing && props.required ? say("notFound", language) : undefined);
  return (
    <Field
      label={tableKindName(props.kind)[language]}
      validationState={props.error !== null || (missing && props.required) ? "error" : "none"}
      validationMessage={message}
    >
      <Dropdown
        className={styles.dropdown}
        value={missing ? say("notFound", language) : current.join(", ")}
        selectedOptions={[...current]}
        onOptionSelect={(_, data) => {
          if (data.optionValue !== undefined) props.onChoose(data.optionValue);
        }}
      >
        {props.sheetNames.map((name) => (
          <Option key={name} value={name}>
            {name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
