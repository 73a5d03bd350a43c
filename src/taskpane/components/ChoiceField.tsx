import { Dropdown, Field, Option } from "@fluentui/react-components";
import * as React from "react";

export interface ChoiceFieldProps<Value extends string> {
  readonly label: string;
  readonly value: Value;
  readonly choices: readonly { readonly value: Value; readonly text: string }[];
  readonly onChange: (value: Value) => void;
}

/** A labelled drop-down over a few named values. */
export function ChoiceField<Value extends string>({
  label,
  value,
  choices,
  onChange,
}: ChoiceFieldProps<Value>) {
  const current = choices.find((choice) => choice.value === value);
  return (
    <Field label={label}>
      <Dropdown
        value={current?.text ?? ""}
        selectedOptions={[value]}
        onOptionSelect={(_, data) => {
          const chosen = choices.find((choice) => choice.value === data.optionValue);
          if (chosen) onChange(chosen.value);
        }}
      >
        {choices.map((choice) => (
          <Option key={choice.value} value={choice.value}>
            {choice.text}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
