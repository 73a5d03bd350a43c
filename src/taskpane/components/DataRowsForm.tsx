import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import { checkDataRows, type DataRowsIssue } from "../data/checkDataRows";
import type { RowLimits } from "../data/dataRowLimits";
import { say } from "../strings";

const useDataRowsFormStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
  },
  field: { flexGrow: 1, minWidth: "8em" },
});

export interface DataRowsFormProps {
  /** What the form corrects, for screen readers ("Danh sách đơn vị, trang “Đơn vị”"). */
  readonly name: string;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  readonly limits: RowLimits;
  readonly language: Language;
  /** Called only with rows that passed `checkDataRows`. */
  readonly onApply: (firstDataRow: number, lastDataRow: number) => void;
}

function issueText(
  issues: readonly DataRowsIssue[],
  path: DataRowsIssue["path"],
  language: Language
): string | undefined {
  const texts = issues
    .filter((issue) => issue.path === path)
    .map((issue) => issue.message[language]);
  return texts.length > 0 ? texts.join(" ") : undefined;
}

/** The first and last data rows of a table, typed by the user and applied only when valid. */
export function DataRowsForm(props: DataRowsFormProps) {
  const { limits, language } = props;
  const styles = useDataRowsFormStyles();
  const [first, setFirst] = React.useState(String(props.firstDataRow));
  const [last, setLast] = React.useState(String(props.lastDataRow));
  const [issues, setIssues] = React.useState<readonly DataRowsIssue[]>([]);
  const hint =
    limits.last >= limits.first
      ? `${say("rowsAllowed", language)} ${limits.first}–${limits.last}`
      : undefined;
  const onSubmit = (event: React.FormEvent) => {
    event.preventDefault();
    const checked = checkDataRows(first, last, limits);
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    setIssues([]);
    props.onApply(checked.value.firstDataRow, checked.value.lastDataRow);
  };
  const field = (
    path: DataRowsIssue["path"],
    label: string,
    text: string,
    set: (text: string) => void
  ) => {
    const message = issueText(issues, path, language);
    return (
      <Field
        className={styles.field}
        label={label}
        hint={hint}
        validationState={message ? "error" : "none"}
        validationMessage={message}
      >
        <Input inputMode="numeric" value={text} onChange={(_, data) => set(data.value)} />
      </Field>
    );
  };
  return (
    <form aria-label={`${say("dataRows", language)}: ${props.name}`} noValidate onSubmit={onSubmit}>
      <div className={styles.row}>
        {field("first", say("firstDataRow", language), first, setFirst)}
        {field("last", say("lastDataRow", language), last, setLast)}
        <Button type="submit">{say("applyRows", language)}</Button>
      </div>
    </form>
  );
}
