import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Title3,
  tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { Language } from "../../core/localized";
import type { WorkbookAnalysis } from "../../job/analyzeWorkbook";
import { documentMetaFor } from "../../job/documentMetaFor";
import { allowedDocuments } from "../print/allowedDocuments";
import { parseDateText, type DayDate } from "../print/parseDateText";
import type { Generation, MetaField, PrintForm } from "../session/sessionTypes";
import { say } from "../strings";
import { DocumentChoices } from "./DocumentChoices";
import { GenerationResult } from "./GenerationResult";

const usePrintStepStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  generate: { alignSelf: "flex-start" },
});

export interface PrintStepProps {
  readonly analysis: WorkbookAnalysis;
  readonly form: PrintForm;
  readonly language: Language;
  readonly today: DayDate;
  readonly busy: boolean;
  readonly generation: Generation | null;
  readonly onChange: (change: Partial<PrintForm>) => void;
  readonly onGenerate: () => void;
}

const FIELDS: readonly MetaField[] = ["agency", "place", "number", "signerName", "signerTitle"];

/** What each header field shows before the user types: the workbook's or the data's default. */
function usePrintDefaults(analysis: WorkbookAnalysis, today: DayDate, language: Language) {
  const first = analysis.blocs[0];
  return React.useMemo(
    () =>
      first ? documentMetaFor(first.input, analysis.configuration.document, today, language) : null,
    [first, analysis.configuration.document, today, language]
  );
}

/** Which documents to generate, the header and signature, and the Generate button. */
export function PrintStep(props: PrintStepProps) {
  const { analysis, form, language } = props;
  const styles = usePrintStepStyles();
  const titleId = React.useId();
  const defaults = usePrintDefaults(analysis, props.today, language);
  const allowed = allowedDocuments(analysis);
  const dateValid = parseDateText(form.dateText) !== null;
  const anyChosen = allowed.some((kind) => form.kinds.includes(kind));
  const setField = (field: MetaField, value: string) =>
    props.onChange({ fields: { ...form.fields, [field]: value } });
  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Title3 as="h2" id={titleId}>
        {say("printTitle", language)}
      </Title3>
      {analysis.blocked && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{say("onlyDataCheck", language)}</MessageBarBody>
        </MessageBar>
      )}
      <DocumentChoices
        allowed={allowed}
        chosen={form.kinds}
        year={analysis.year}
        language={language}
        onChange={(kinds) => props.onChange({ kinds })}
      />
      <div className={styles.fields} role="group" aria-label={say("header", language)}>
        {FIELDS.map((field) => (
          <Field key={field} label={say(field, language)}>
            <Input
              value={form.fields[field] ?? String(defaults?.[field] ?? "")}
              onChange={(_, data) => setField(field, data.value)}
            />
          </Field>
        ))}
        <Field
          label={say("date", language)}
          validationState={dateValid ? "none" : "error"}
          validationMessage={dateValid ? undefined : say("badDate", language)}
        >
          <Input
            value={form.dateText}
            onChange={(_, data) => props.onChange({ dateText: data.value })}
          />
        </Field>
      </div>
      <Button
        className={styles.generate}
        appearance="primary"
        disabled={props.busy || !dateValid || !anyChosen}
        onClick={props.onGenerate}
      >
        {say("generate", language)}
      </Button>
      {props.generation && <GenerationResult generation={props.generation} language={language} />}
    </section>
  );
}
