import { Field, Input } from "@fluentui/react-components";
import * as React from "react";

export interface NumberFieldProps {
  readonly label: string;
  readonly text: string;
  /** Shown under the field when its text is not a number. */
  readonly error: string | null;
  readonly onChange: (text: string) => void;
}

/** A labelled number field that accepts a Vietnamese decimal comma ("0,5"). */
export function NumberField({ label, text, error, onChange }: NumberFieldProps) {
  return (
    <Field
      label={label}
      validationState={error ? "error" : "none"}
      validationMessage={error ?? undefined}
    >
      <Input inputMode="decimal" value={text} onChange={(_, data) => onChange(data.value)} />
    </Field>
  );
}
